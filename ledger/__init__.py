"""Where the log is kept: the event tables guarded append-only, the integrity chain that
seals every position, and the vault of per-person keys. Knows SQL; knows nothing of the
desk's domain."""
