<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming and under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All activities, latest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activity on the left, or plan a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered households should be told; the activity stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDetailView</name>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel registration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {start}–{end} · {place} · {kind} · planned by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households registered, {people} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>places left of {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households came, {people} people, {walk_ins} walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the {households} households living here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {month}, {value:.1f} % of households took part in an activity (target {target}): {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <source>Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for unit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add a household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdmitAnyway</name>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the supervisor admits them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What both sides agreed, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Publish a standard answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As residents ask it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words residents use, separated by 、 or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswersDialog</name>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: part of a question, a keyword…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show retired answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by {who}; revised {n} times; used {uses} times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Front Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store at {store} is not set up yet.
Run `frontdesk demo` for a demo community, or `frontdesk init --admin USER`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsOfBanner</name>
    <message>
        <source>Read-only: the desk as it stood at {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsOfControl</name>
    <message>
        <source>As of {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the desk as of {moment}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk could not be shown as of that moment:
{problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsOfDialog</name>
    <message>
        <source>View the desk as of a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every workspace will show the desk as it stood at this moment, read-only; events recorded at that very second are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal of the last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent to unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved out on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (hashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they were known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken over by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents kept (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State before hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors kept (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditNames</name>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item lent or kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit vacated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract attached to unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in pack printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID numbers revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in callback recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host confirmation waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal letter reprinted (a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket book opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue opened for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue ticket taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue ticket called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue ticket skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue ticket served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed call logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard answer published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard answer revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard answer retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff rated again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s personal data forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed call&apos;s number forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel returned to courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel received again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel&apos;s flat or shelf corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup code assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing instruction set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing instruction ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction attached to unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted despite the flat&apos;s instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover item checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents&apos; personal data forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor&apos;s personal data forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s personal data forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff roster changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log head #{position} · {digest}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>Record a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, and the evidence kept (photos, records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildingDemo</name>
    <message>
        <source>Front Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo community: a year of its life, day by day
{day} · {events} events · {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarCard</name>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contract in the list to act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day}: {n} ending or with a notice due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaches: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(renewed {n}×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥{agreed} agreed · ¥{paid} paid · ¥{held} held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent {on} by {channel} (due {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {due}, not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed {at}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <source>Satisfaction callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask how satisfied the resident is with how it was handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the resident&apos;s words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask how the move went and whether anything in the unit needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallerCardView</name>
    <message>
        <source>Who is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, unit (3-2-1502) or name — Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste who is calling or at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household found for “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts from this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved in {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved out {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shelf {shelf} · {carrier} · waited {waited}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{carrier} on shelf {shelf} since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} contract ends {end} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {moment} ({left} left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the reason first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatchUp</name>
    <message>
        <source>Front Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing the desk up to date with {n} new events…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: this cannot be undone. Go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>&amp;Record the move-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it back to the resident; nothing is recorded before this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}, ¥{fee} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Correct a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old number stays in the file&apos;s correction history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident changed number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing error at registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident asked for another contact number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Calls and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month could not be read. Show the dashboard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak hours, {month}: contacts and calls by weekday and hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest: {day} {hour}:00–{next}:00, {count} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue waits by hour, {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour the ticket was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractPage</name>
    <message>
        <source>Property service contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually signed by the owner at move-in; a tenant&apos;s landlord holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the property service contract now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;fee (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area} m² × ¥{rate} per m² a month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal notices due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal notices overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired, not renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: unit, name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee ¥/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit held ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund deposit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor terminates a contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract signed for {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice recorded; printing is not available on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal notice recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed: a new term is on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit payment recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed call… (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue display (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the contact with the answer chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident… (Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor (Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left unserved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the contact being served first (Ctrl+Enter when answered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ticket} is called; end the contact being served first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt for {ticket} could not be printed; the number stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number to call back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the missed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed call from {phone} logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact is being served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left unserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They left before being served?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is being served — F3 calls the next number, F4 answers the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving {ticket} at window {window} since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the phone since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue number {ticket}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourierDialog</name>
    <message>
        <source>Courier or food delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courier or food delivery — pass for {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirmed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (type it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+1…7 picks one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone, or its last 4 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID number: the company and a phone make sure the right flat receives the delivery. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and print  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in, no pass  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no household lives here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter and hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read. Show the dashboard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets from the service center&apos;s procedures. Press a tile to chart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} by building, {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} by category, {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} by category, {month} (worst {shown})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bldg {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>Deposit paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{about}
Agreed ¥{agreed}, paid so far ¥{paid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid (¥)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogKeys</name>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what was typed in this form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over the move-in pack and walk the resident through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the move-in pack (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household of {name} is recorded in {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up call is due by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property service contract is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service contract was not signed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyAlert</name>
    <message>
        <source>EMERGENCY: {what} at {where}, reported {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(+{n} more not acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <source>Emergency report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency — report it first, then follow the steps. Tell the duty manager and the emergency team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is happening?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building, entrance, floor, lift number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller sees; anyone hurt or trapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s name and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what is happening to see its first steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First steps — {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each step when it is done; it is logged on the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report first; then tick each step as it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what is happening first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported as {ticket}: respond by {respond}, make safe by {resolve}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors on site now: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyReportDialog</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency log report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency log {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now at level {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2 — complex, or several departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3 — company management: collective or media-sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(supervisor only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it needs a higher level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDetail</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk at this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every workspace as it stood right after this event (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{position} · version {version} of its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sealed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes for the next shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to watch, whom to call back, anything special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open matters: nothing waits for the next shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} open matters at {time}. The next person takes them over at sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over. Lock the desk (Ctrl+L): the next person takes the shift over when they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet could not be printed: {why}; nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over; the sheet is printed for both to sign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverPanel</name>
    <message>
        <source>Hand over (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pickup code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code the resident was sent, or scan the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (needed without the code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID checked (Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known resident (Alt+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to courier… (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcel has this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel shows here as its code is typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} · shelf {shelf}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{carrier} {waybill} · received {at} · waited {waited}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the shelf: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also waiting for this flat ({count}): {parcels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 6-digit pickup code, or scan the shelf label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcel has the code {code}: nothing was handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code, or choose the parcel on the shelf first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is collecting? Type the name, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over: {unit}, shelf {shelf} ({proof}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does {unit}&apos;s parcel (shelf {shelf}) go back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not collected in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the courier: {unit}, shelf {shelf}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more waiting for this flat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandedOverCard</name>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to you at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>{count} on shelf {shelves}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryBrowser</name>
    <message>
        <source>Earlier events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id (paste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit, e.g. 3-2-1502</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event to see all it says.
Double-click (or Enter) opens the timeline of its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log… {n} events so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} events shown · more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} matching events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to the moment shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostContact</name>
    <message>
        <source>{name} ({relation}) {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one to call: the host household has no phone on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the host: {people}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdPickerDialog</name>
    <message>
        <source>Name, unit, phone or plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} households found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first {count} households found; type more to narrow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered households are listed; search for anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for the household.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentOutcomeDialog</name>
    <message>
        <source>The contact ends in an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their open incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or report it now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <source>Choose an incident on the board to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(responded {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(resolved {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· on hold {time} so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentSteps</name>
    <message>
        <source>Acknowledged: the response is on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on hold does not count against the deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold: the clock is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed: the deadlines moved on by the time on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved. The satisfaction callback is due within {hours} hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened with a new deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentTimes</name>
    <message>
        <source>{time} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open — least time left first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late (deadline missed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: ticket, place, person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency report (Ctrl+P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged — respond now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructionsNote</name>
    <message>
        <source>until {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructionsSection</name>
    <message>
        <source>Set instruction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End instruction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing instructions ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing instructions: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this instruction for {unit}?
{instruction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End a standing instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End instruction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityPanel</name>
    <message>
        <source>Integrity of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event is sealed with a digest that covers the one before it. Verifying recomputes the whole chain, from the first event to the last, and names the first position that does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the whole log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head written down earlier (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSITION:DIGEST, e.g. from an earlier export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes into an empty folder every event as stored and as decoded, the integrity chain, the desk&apos;s lists (CSV files and one Excel workbook) with a data dictionary, and a manifest sealing each file; frontdesk export --check recomputes the chain from the copy alone. The export itself is recorded in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an auditor or an administrator may export the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to live to export: the export is recorded in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the head down as POSITION:DIGEST (64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled; nothing was concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification could not run: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The log is intact: {n} events checked.
Head: position #{position}
Head digest: {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head written down earlier, #{position}, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified at {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First bad position: #{position} · {moment} · {record} {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty folder for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the export to {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Exported {n} events to {folder}
Head: position #{position}
Head digest: {digest}
Manifest: {manifest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Nothing was exported: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out: {unit} {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items lent and kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} out · {late} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item that is out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item that is in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>Standard answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the answers as you type — Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen answer is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <source>Lend {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only to a member of {unit} or someone it authorised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveDesk</name>
    <message>
        <source>This is a read-only view of the past. Return to live to change anything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Front Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock / switch user (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the shift over: the open matters and your notes, for the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the desk: the next person signs in, and is who the records name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every workspace as it stood at a past moment (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {role} · desk {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: an auditor&apos;s desk changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>{count} of 18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid · born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of 11 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as on the ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Household members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who will live in the unit, the head of the household first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds the member; Enter on an empty form goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveInPack</name>
    <message>
        <source>The pack could not be printed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in pack printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in pack printed again (copy {copy}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveInWizard</name>
    <message>
        <source>Move in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} of {count} · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <source>Move out of {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the move-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is kept as a former household of {unit}; the unit becomes vacant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved out on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Send the renewal notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{about}
The notice was due on {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter has gone out this term: printing it again makes a numbered copy, not another notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the letter now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is not available on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParcelsPage</name>
    <message>
        <source>Shelf label {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shelf label could not be printed; the parcel is on the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassPanel</name>
    <message>
        <source>Visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>62 mm label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the host confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declined…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor wai&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may waive the host&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass size (remembered for this desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and prin&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the pass again (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the pass and print it on this desk&apos;s printer (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, save as PDF, this desk&apos;s printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Printer for this desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;eck in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register again (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pass selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a visitor in the list, or register one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed ({channel})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass revoked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waived: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host confirmed by {channel}. Issue the pass next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the host not want {name} to come in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host does not know the visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host asked to refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: the host declined. The visitor may not enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host cannot be reached. Why may {name} come in without the host&apos;s confirmation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host unreachable; urgent repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property staff escort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation waived. Issue the pass next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the pass of {name} revoked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host withdrew the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misconduct on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass {code} issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes now print on this printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor pass {code} · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass {code} not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass could not be drawn: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass is still being drawn for the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass {code} printed. Hand it over with the safety reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass {code} printed: copy {copy}. Hand it over with the safety reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} checked out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanActivityDialog</name>
    <message>
        <source>Plan an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan staff, venue, supplies and safety; promote it in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 中秋节做月饼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places (people)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The document could not be read for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer {printer} could not be used: check it, or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer for this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk calls to &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a number (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call next (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected number&apos;s holder has gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call out of turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the selected number first (an elderly resident, a pregnant woman)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waiting} waiting · the next person waits about {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the number whose holder has left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ticket} has left and will not be called?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the number to call first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call out of turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why {ticket} goes first (those waiting are told):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnant woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {ticket} now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateStaffDialog</name>
    <message>
        <source>Rate teamwork and knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks from 0 to 100 for {name}, {month}; marking again replaces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the marks rest on (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the reason first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} — reason: {reason}
This cannot be undone. Go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecallBar</name>
    <message>
        <source>Came before: {name}, to {unit} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in ({key})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivePanel</name>
    <message>
        <source>Receive from a courier (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waybill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the courier&apos;s barcode, or type it, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody lives here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Courier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;helf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print shelf label (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan → unit → Enter, for each parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a shelf label: hand the parcel over with F3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already received for {unit} (shelf {shelf}, {state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which courier, and which shelf? Then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received for {unit}: {carrier} {waybill}, shelf {shelf}, code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for this flat now: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund the deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{about}
Held now: ¥{held}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the deductions are for (damage, debris…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Register a visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit &amp;kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as on the ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company or shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badge or work card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed, print  (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host confirmed by phone while the details were typed: registers the visitor, records the confirmation, issues the pass and prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting family or friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair or installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no household lives here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveMemberDialog</name>
    <message>
        <source>Remove a household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member stays in the file&apos;s history, marked as no longer living here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveVehicleDialog</name>
    <message>
        <source>Remove a vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking space given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>Renew the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{about}
Review how both sides kept the contract; the renewal is a complete new term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged: {fee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee (¥)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewalLetter</name>
    <message>
        <source>Renewal notice {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be printed: {why}; nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {n} of the letter printed; recorded as a reprint, not a notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice recorded and the letter printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not printed; nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building, floor, room or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. 3-2-1502</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the resident says is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, and a phone number if new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report and give the ticket number (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond within {respond}, resolve within {resolve}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reference number is {ticket}. We will get back to you by {respond} and have it resolved by {resolve}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentFileView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print move-in pack (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register vehicle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove vehicle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact corrections, latest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved out {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>living here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ownership} · moved in {date} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call done: {score}/5{late}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (after the {days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up call was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call OVERDUE since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call due by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels waiting ({count}): {shelves}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new household (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, unit, phone or plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a household on the left, or move a new one in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{members} — moved out {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s full ID number is shown; the viewing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households living here, by unit (first {count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved at the first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retire the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{question}” will no longer be offered at the counter, nor close a contact. It stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by another answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the reason first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealIdDialog</name>
    <message>
        <source>Show a full ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who saw the number, when and why is recorded in the household&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity check for a contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit of the resident files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanCard</name>
    <message>
        <source>&amp;Scan a pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code, or type the pass code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid pass checks in with one key: Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pass has this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the code, or scan the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass was not issued by this community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · visiting {unit} · {kind} · until {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in  [Space]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out  [Space]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {time}. Ready for the next scan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate teamwork and knowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecards could not be read. Show the dashboard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All staff, {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard of {name} ({username}), {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts served {contacts} · tickets called {tickets} · cases taken {cases}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {total} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: nothing to measure this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component with nothing to measure is left out; its weight goes to the others in proportion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked by {name}: {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamwork and knowledge not marked yet this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} satisfaction callbacks: share satisfied or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} complaints: share closed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contacts: share answered within {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manager&apos;s mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard {username} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard could not be printed: {why}; nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard was not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetInstructionDialog</name>
    <message>
        <source>Standing instruction for {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name, or a trade (for who may or may not enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShelfPanel</name>
    <message>
        <source>On the shelf — oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red: waiting more than {days} days — remind the flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} waiting · {late} over {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignContractDialog</name>
    <message>
        <source>Sign a contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the resident&apos;s ID and the unit, and explain the key clauses first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{members} · {ownership} · since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one lives in {unit} now; a contract is signed with who lives there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the unit; its current household comes with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area} m² × ¥{rate} = ¥{fee} a month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Front Desk — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk locked — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing the desk up to date: {done} of {total} new events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk could not be opened: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <source>Take over the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} handed over at {time}: {count} open matters. Tick each as it is explained, or take over all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the handover waiting: it is asked again at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over all  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <source>Terminate the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{about}
Only a supervisor terminates a contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type why the contract ends early first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Record id, unit, ticket number or pass code — or open it from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show its life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the event said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record after this step (changes marked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step (← or Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (→ or Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every workspace as it stood right after this step (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event in the log and open its timeline,
or paste a record&apos;s id above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the record&apos;s life…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps after the moment shown, not listed: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet recorded at the moment shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} {id} · {n} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{moment} · by {operator} at desk {desk} · log position #{position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record begins here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s fields did not change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents — nearest deadline first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the host&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal notices due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks and reminders due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Respond now: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel waiting: remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item not back: ask for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit the household moves into, and on which day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupied ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building-entrance-room, e.g. 3-2-1502</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep typing, or pick a unit from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Vacant · {area} m² · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{value} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sign}{days}d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Register a vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehiclesPage</name>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates of the household&apos;s cars, for the car park. None is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds the plate; Enter on an empty field goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name, unit, code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In – out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courier  (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick pass for a courier or food-delivery rider: no ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before handing over the pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the ID against the person; workers also show their work ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the time limit: staying longer means registering again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive slowly, keep quiet, keep valuables with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not lend access cards or let strangers in behind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} registered for {unit}. Ask the host to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{company} for {unit}: pass {code}, valid until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{company} for {unit} checked in, valid until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
