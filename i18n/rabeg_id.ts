<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Labels</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not our authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAPOR!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS 1708</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Information is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location is unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting evidence is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (see note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not about the performance of a public service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abusive or offensive content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam or a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporter did not supply the information asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this OPD&apos;s duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to another OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside this office&apos;s area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough information to act on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rabeg</name>
    <message>
        <source>Choose a reason from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; is not in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason &quot;other&quot; needs a note that explains it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kecamatan with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;received_at&quot; is not a valid ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stated arrival time must lie within the last 30 days and not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose aspirasi, pengaduan or permintaan informasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A corrected title must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no external agency with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the complaint this one duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint cannot be a duplicate of itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no OPD with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint has already been escalated to the Ombudsman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody owns this complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; may not do &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint is not dispatched to your OPD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the complaint is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rabeg::ComplaintPreview</name>
    <message>
        <source>Select a complaint to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed after the reporter answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not our authority, forwarded to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by the OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed automatically (no reply from the reporter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to the Ombudsman: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an event this version does not know: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP step done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP step reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous: the identity is hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only on request from the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: never public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated to the Ombudsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rabeg::InboxModel</name>
    <message>
        <source>The local cache cannot be read. Close Rabeg and check the disk; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rabeg::InboxView</name>
    <message>
        <source>This complaint cannot be read from the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox — %1 complaints in the local cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rabeg::MainWindow</name>
    <message>
        <source>Rabeg — Kota Serang complaint command center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rabeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rabeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rabeg&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The command center for public-service complaints of Kota Serang (SP4N-LAPOR!).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
