"""Read models built from the event log, their runner, time travel and documents."""
