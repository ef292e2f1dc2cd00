<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DomainText</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Not our authority</source>
        <translation>Not our authority</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Responded</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>record a new complaint</source>
        <translation>record a new complaint</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>defer</source>
        <translation>defer</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>resume</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <source>forward as not our authority</source>
        <translation>forward as not our authority</translation>
    </message>
    <message>
        <source>mark as duplicate</source>
        <translation>mark as duplicate</translation>
    </message>
    <message>
        <source>dispatch to an OPD</source>
        <translation>dispatch to an OPD</translation>
    </message>
    <message>
        <source>return to the command center</source>
        <translation>return to the command center</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>acknowledge</translation>
    </message>
    <message>
        <source>respond</source>
        <translation>respond</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>reopen</translation>
    </message>
    <message>
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <source>escalate to the Ombudsman</source>
        <translation>escalate to the Ombudsman</translation>
    </message>
    <message>
        <source>assign</source>
        <translation>assign</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>claim</translation>
    </message>
    <message>
        <source>release</source>
        <translation>release</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>add a note</translation>
    </message>
    <message>
        <source>tick an SOP step</source>
        <translation>tick an SOP step</translation>
    </message>
    <message>
        <source>reopen an SOP step</source>
        <translation>reopen an SOP step</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>OPD liaison</source>
        <translation>OPD liaison</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>LAPOR!</source>
        <translation>LAPOR!</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>SMS 1708</source>
        <translation>SMS 1708</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Not classified</translation>
    </message>
    <message>
        <source>Aspiration</source>
        <translation>Aspiration</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Information request</translation>
    </message>
    <message>
        <source>WIB</source>
        <translation>WIB</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation><numerusform>%n days</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation><numerusform>%n hours</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 late</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>Choose a reason from the list.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; is not in the list.</source>
        <translation>The reason &quot;%1&quot; is not in the list.</translation>
    </message>
    <message>
        <source>The reason &quot;other&quot; needs a note that explains it.</source>
        <translation>The reason &quot;other&quot; needs a note that explains it.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must not be empty.</source>
        <translation>The field &quot;%1&quot; must not be empty.</translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;.</source>
        <translation>There is no service with the code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no kecamatan with the code &quot;%1&quot;.</source>
        <translation>There is no kecamatan with the code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;received_at&quot; is not a valid ISO 8601 time.</source>
        <translation>&quot;received_at&quot; is not a valid ISO 8601 time.</translation>
    </message>
    <message>
        <source>The stated arrival time must lie within the last 30 days and not in the future.</source>
        <translation>The stated arrival time must lie within the last 30 days and not in the future.</translation>
    </message>
    <message>
        <source>Choose aspirasi, pengaduan or permintaan informasi.</source>
        <translation>Choose aspirasi, pengaduan or permintaan informasi.</translation>
    </message>
    <message>
        <source>There is no category with the id &quot;%1&quot;.</source>
        <translation>There is no category with the id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A corrected title must not be empty.</source>
        <translation>A corrected title must not be empty.</translation>
    </message>
    <message>
        <source>There is no external agency with the code &quot;%1&quot;.</source>
        <translation>There is no external agency with the code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name the complaint this one duplicates.</source>
        <translation>Name the complaint this one duplicates.</translation>
    </message>
    <message>
        <source>A complaint cannot be a duplicate of itself.</source>
        <translation>A complaint cannot be a duplicate of itself.</translation>
    </message>
    <message>
        <source>There is no OPD with the code &quot;%1&quot;.</source>
        <translation>There is no OPD with the code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This complaint has already been escalated to the Ombudsman.</source>
        <translation>This complaint has already been escalated to the Ombudsman.</translation>
    </message>
    <message>
        <source>Nobody owns this complaint.</source>
        <translation>Nobody owns this complaint.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; may not %2.</source>
        <translation>The role &quot;%1&quot; may not %2.</translation>
    </message>
    <message>
        <source>A complaint with this id already exists.</source>
        <translation>A complaint with this id already exists.</translation>
    </message>
    <message>
        <source>There is no such complaint.</source>
        <translation>There is no such complaint.</translation>
    </message>
    <message>
        <source>This complaint is not dispatched to your OPD.</source>
        <translation>This complaint is not dispatched to your OPD.</translation>
    </message>
    <message>
        <source>You cannot %1 while the complaint is &quot;%2&quot;.</source>
        <translation>You cannot %1 while the complaint is &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Information is incomplete</source>
        <translation>Information is incomplete</translation>
    </message>
    <message>
        <source>The location is unclear</source>
        <translation>The location is unclear</translation>
    </message>
    <message>
        <source>Supporting evidence is needed</source>
        <translation>Supporting evidence is needed</translation>
    </message>
    <message>
        <source>Wrong format</source>
        <translation>Wrong format</translation>
    </message>
    <message>
        <source>Other (see note)</source>
        <translation>Other (see note)</translation>
    </message>
    <message>
        <source>Too general</source>
        <translation>Too general</translation>
    </message>
    <message>
        <source>Not about the performance of a public service</source>
        <translation>Not about the performance of a public service</translation>
    </message>
    <message>
        <source>Abusive or offensive content</source>
        <translation>Abusive or offensive content</translation>
    </message>
    <message>
        <source>Spam or a test message</source>
        <translation>Spam or a test message</translation>
    </message>
    <message>
        <source>The reporter did not supply the information asked</source>
        <translation>The reporter did not supply the information asked</translation>
    </message>
    <message>
        <source>Not this OPD&apos;s duty</source>
        <translation>Not this OPD&apos;s duty</translation>
    </message>
    <message>
        <source>Belongs to another OPD</source>
        <translation>Belongs to another OPD</translation>
    </message>
    <message>
        <source>Outside this office&apos;s area</source>
        <translation>Outside this office&apos;s area</translation>
    </message>
    <message>
        <source>Not enough information to act on</source>
        <translation>Not enough information to act on</translation>
    </message>
</context>
<context>
    <name>rabeg::ComplaintPreview</name>
    <message>
        <source>Select a complaint to read it here.</source>
        <translation>Select a complaint to read it here.</translation>
    </message>
    <message>
        <source>Complaint received</source>
        <translation>Complaint received</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Deferred: %1</source>
        <translation>Deferred: %1</translation>
    </message>
    <message>
        <source>Resumed after the reporter answered</source>
        <translation>Resumed after the reporter answered</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Not our authority, forwarded to %1</source>
        <translation>Not our authority, forwarded to %1</translation>
    </message>
    <message>
        <source>Marked as a duplicate</source>
        <translation>Marked as a duplicate</translation>
    </message>
    <message>
        <source>Dispatched to %1</source>
        <translation>Dispatched to %1</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>Returned by %1: %2</translation>
    </message>
    <message>
        <source>Acknowledged by the OPD</source>
        <translation>Acknowledged by the OPD</translation>
    </message>
    <message>
        <source>Responded: %1</source>
        <translation>Responded: %1</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation>Reopened: %1</translation>
    </message>
    <message>
        <source>Closed automatically (no reply from the reporter)</source>
        <translation>Closed automatically (no reply from the reporter)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Escalated to the Ombudsman: %1</source>
        <translation>Escalated to the Ombudsman: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>Released by %1</source>
        <translation>Released by %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>(an event this version does not know: %1)</source>
        <translation>(an event this version does not know: %1)</translation>
    </message>
    <message>
        <source>SOP step done: %1</source>
        <translation>SOP step done: %1</translation>
    </message>
    <message>
        <source>SOP step reopened: %1</source>
        <translation>SOP step reopened: %1</translation>
    </message>
    <message>
        <source>Anonymous: the identity is hidden</source>
        <translation>Anonymous: the identity is hidden</translation>
    </message>
    <message>
        <source>Shown only on request from the hub</source>
        <translation>Shown only on request from the hub</translation>
    </message>
    <message>
        <source>Confidential: never public</source>
        <translation>Confidential: never public</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>escalated to the Ombudsman</source>
        <translation>escalated to the Ombudsman</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>not determined yet</source>
        <translation>not determined yet</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
</context>
<context>
    <name>rabeg::InboxModel</name>
    <message>
        <source>The local cache cannot be read. Close Rabeg and check the disk; details are in the log.</source>
        <translation>The local cache cannot be read. Close Rabeg and check the disk; details are in the log.</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Ombudsman</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
</context>
<context>
    <name>rabeg::InboxView</name>
    <message>
        <source>This complaint cannot be read from the local cache.</source>
        <translation>This complaint cannot be read from the local cache.</translation>
    </message>
    <message>
        <source>Inbox — %1 complaints in the local cache</source>
        <translation>Inbox — %1 complaints in the local cache</translation>
    </message>
    <message>
        <source>Escalated to the Ombudsman — %1 complaints</source>
        <translation>Escalated to the Ombudsman — %1 complaints</translation>
    </message>
    <message>
        <source>&amp;Escalated only</source>
        <translation>&amp;Escalated only</translation>
    </message>
</context>
<context>
    <name>rabeg::MainWindow</name>
    <message>
        <source>Rabeg — Kota Serang complaint command center</source>
        <translation>Rabeg — Kota Serang complaint command center</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Reload the inbox</source>
        <translation>&amp;Reload the inbox</translation>
    </message>
    <message>
        <source>&amp;About Rabeg</source>
        <translation>&amp;About Rabeg</translation>
    </message>
    <message>
        <source>Local cache: %1</source>
        <translation>Local cache: %1</translation>
    </message>
    <message>
        <source>About Rabeg</source>
        <translation>About Rabeg</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rabeg&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The command center for public-service complaints of Kota Serang (SP4N-LAPOR!).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rabeg&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The command center for public-service complaints of Kota Serang (SP4N-LAPOR!).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(TRAINING)</source>
        <translation>(TRAINING)</translation>
    </message>
    <message>
        <source>(DEMO DATA)</source>
        <translation>(DEMO DATA)</translation>
    </message>
</context>
<context>
    <name>rabeg::SyncStatusLabel</name>
    <message>
        <source>Sync stopped</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Connecting to the hub…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synced %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation><numerusform>%n pending</numerusform><numerusform>%n pending</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation><numerusform>%n conflicts</numerusform><numerusform>%n conflicts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation><numerusform>%n refused</numerusform><numerusform>%n refused</numerusform></translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Last problem: %1</translation>
    </message>
</context>
</TS>
