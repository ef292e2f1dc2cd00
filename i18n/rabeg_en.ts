<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminText</name>
    <message>
        <source>%1 in force: version 0, as shipped with Rabeg.</source>
        <translation>%1 in force: version 0, as shipped with Rabeg.</translation>
    </message>
    <message>
        <source>%1 in force: version %2, published by %3 on %4: %5</source>
        <translation>%1 in force: version %2, published by %3 on %4: %5</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>escalate to the Ombudsman</source>
        <translation>escalate to the Ombudsman</translation>
    </message>
    <message>
        <source>close the complaint</source>
        <translation>close the complaint</translation>
    </message>
    <message>
        <source>national holiday</source>
        <translation>national holiday</translation>
    </message>
    <message>
        <source>cuti bersama</source>
        <translation>cuti bersama</translation>
    </message>
    <message>
        <source>day off added at short notice</source>
        <translation>day off added at short notice</translation>
    </message>
    <message>
        <source>OPD working Saturday</source>
        <translation>OPD working Saturday</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>New complaints in the inbox</source>
        <translation>New complaints in the inbox</translation>
    </message>
    <message>
        <source>Complaints dispatched to my OPD</source>
        <translation>Complaints dispatched to my OPD</translation>
    </message>
    <message>
        <source>Complaints assigned to me</source>
        <translation>Complaints assigned to me</translation>
    </message>
    <message>
        <source>Deadlines entering warning</source>
        <translation>Deadlines entering warning</translation>
    </message>
    <message>
        <source>Conflicts with the hub</source>
        <translation>Conflicts with the hub</translation>
    </message>
    <message>
        <source>New complaint: %1</source>
        <translation>New complaint: %1</translation>
    </message>
    <message>
        <source>Dispatched to %1: %2</source>
        <translation>Dispatched to %1: %2</translation>
    </message>
    <message>
        <source>Assigned to you by %1: %2</source>
        <translation>Assigned to you by %1: %2</translation>
    </message>
    <message>
        <source>%1 due %2: %3</source>
        <translation>%1 due %2: %3</translation>
    </message>
    <message>
        <source>Conflict: the hub stopped &quot;%1&quot; on %2</source>
        <translation>Conflict: the hub stopped &quot;%1&quot; on %2</translation>
    </message>
    <message numerus="yes">
        <source>Digest for %1: %n alert(s) from outside working hours</source>
        <translation><numerusform>Digest for %1: %n alert(s) from outside working hours</numerusform><numerusform>Digest for %1: %n alert(s) from outside working hours</numerusform></translation>
    </message>
</context>
<context>
    <name>AuditExportPdf</name>
    <message>
        <source>This is not an audit export written by rabeg-hub audit export.</source>
        <translation>This is not an audit export written by rabeg-hub audit export.</translation>
    </message>
    <message>
        <source>Audit export</source>
        <translation>Audit export</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1. Choose a folder you may write to.</source>
        <translation>Cannot write the PDF %1. Choose a folder you may write to.</translation>
    </message>
    <message>
        <source>Rabeg audit export, store %1 — page %2</source>
        <translation>Rabeg audit export, store %1 — page %2</translation>
    </message>
    <message>
        <source>Audit export for the Ombudsman</source>
        <translation>Audit export for the Ombudsman</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Complaint %1</translation>
    </message>
    <message>
        <source>Period from %1 to %2 (UTC)</source>
        <translation>Period from %1 to %2 (UTC)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>%1 (%2, epoch %3)</source>
        <translation>%1 (%2, epoch %3)</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <source>Verified against</source>
        <translation>Verified against</translation>
    </message>
    <message>
        <source>Both hash chains were walked from their first entry before the export; each entry&apos;s hash covers the one before it, so these heads fix everything up to them.</source>
        <translation>Both hash chains were walked from their first entry before the export; each entry&apos;s hash covers the one before it, so these heads fix everything up to them.</translation>
    </message>
    <message>
        <source>Event log head</source>
        <translation>Event log head</translation>
    </message>
    <message>
        <source>seq %1, hash %2</source>
        <translation>seq %1, hash %2</translation>
    </message>
    <message>
        <source>Audit log head</source>
        <translation>Audit log head</translation>
    </message>
    <message>
        <source>entry %1, hash %2</source>
        <translation>entry %1, hash %2</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>Events (%1)</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Audit log entries (%1)</source>
        <translation>Audit log entries (%1)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>OPD liaison</source>
        <translation>OPD liaison</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>trainer</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation>SLA policy</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>SOP template</source>
        <translation>SOP template</translation>
    </message>
    <message>
        <source>SOP draft</source>
        <translation>SOP draft</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Account deactivated</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Account reactivated</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1, service %2: version %3</source>
        <translation>%1, service %2: version %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>name %1 → %2</source>
        <translation>name %1 → %2</translation>
    </message>
    <message>
        <source>OPD added</source>
        <translation>OPD added</translation>
    </message>
    <message>
        <source>OPD renamed</source>
        <translation>OPD renamed</translation>
    </message>
    <message>
        <source>OPD deactivated</source>
        <translation>OPD deactivated</translation>
    </message>
    <message>
        <source>External agency added</source>
        <translation>External agency added</translation>
    </message>
    <message>
        <source>External agency renamed</source>
        <translation>External agency renamed</translation>
    </message>
    <message>
        <source>External agency deactivated</source>
        <translation>External agency deactivated</translation>
    </message>
    <message>
        <source>Routing table</source>
        <translation>Routing table</translation>
    </message>
    <message>
        <source>Category added</source>
        <translation>Category added</translation>
    </message>
    <message>
        <source>Category renamed</source>
        <translation>Category renamed</translation>
    </message>
    <message>
        <source>Category moved</source>
        <translation>Category moved</translation>
    </message>
    <message>
        <source>Category deactivated</source>
        <translation>Category deactivated</translation>
    </message>
    <message>
        <source>Service added</source>
        <translation>Service added</translation>
    </message>
    <message>
        <source>Service renamed</source>
        <translation>Service renamed</translation>
    </message>
    <message>
        <source>Service moved</source>
        <translation>Service moved</translation>
    </message>
    <message>
        <source>Service deactivated</source>
        <translation>Service deactivated</translation>
    </message>
    <message>
        <source>%1 moved to the top of the tree</source>
        <translation>%1 moved to the top of the tree</translation>
    </message>
    <message>
        <source>%1 moved under %2</source>
        <translation>%1 moved under %2</translation>
    </message>
    <message>
        <source>Version %1: %2 rules</source>
        <translation>Version %1: %2 rules</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>Stalled at step %1: %2, %n working day(s) over</source>
        <translation><numerusform>Stalled at step %1: %2, %n working day(s) over</numerusform><numerusform>Stalled at step %1: %2, %n working day(s) over</numerusform></translation>
    </message>
</context>
<context>
    <name>ClientSettings</name>
    <message>
        <source>Enter the hub&apos;s address, for example https://rabeg.serangkota.go.id or http://127.0.0.1:8470.</source>
        <translation>Enter the hub&apos;s address, for example https://rabeg.serangkota.go.id or http://127.0.0.1:8470.</translation>
    </message>
    <message>
        <source>The certificate authority file cannot be used: %1</source>
        <translation>The certificate authority file cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>ContactChannels</name>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>In person at the office</source>
        <translation>In person at the office</translation>
    </message>
    <message>
        <source>LAPOR! message</source>
        <translation>LAPOR! message</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <source>Command center</source>
        <translation>Command center</translation>
    </message>
    <message>
        <source>0-3 days</source>
        <translation>0-3 days</translation>
    </message>
    <message>
        <source>4-7 days</source>
        <translation>4-7 days</translation>
    </message>
    <message>
        <source>8-14 days</source>
        <translation>8-14 days</translation>
    </message>
    <message>
        <source>over 14 days</source>
        <translation>over 14 days</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>W%1</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>Overdue now, by OPD</source>
        <translation>Overdue now, by OPD</translation>
    </message>
    <message>
        <source>Open complaints by age (days since arrival, WIB)</source>
        <translation>Open complaints by age (days since arrival, WIB)</translation>
    </message>
    <message>
        <source>Weekly trend, the last %1 weeks</source>
        <translation>Weekly trend, the last %1 weeks</translation>
    </message>
    <message>
        <source>Follow-up deadline compliance per OPD, the last %1 weeks (%)</source>
        <translation>Follow-up deadline compliance per OPD, the last %1 weeks (%)</translation>
    </message>
    <message>
        <source>Most stalled SOP steps</source>
        <translation>Most stalled SOP steps</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Responded</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Met on time (%)</source>
        <translation>Met on time (%)</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <extracomment>The ISO week still running on the weekly trend&apos;s axis (&quot;W49 (so far)&quot;)</extracomment>
        <translation>%1 (so far)</translation>
    </message>
</context>
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
    <message>
        <source>reveal an anonymous reporter&apos;s identity</source>
        <translation>reveal an anonymous reporter&apos;s identity</translation>
    </message>
    <message>
        <source>add an attachment</source>
        <translation>add an attachment</translation>
    </message>
</context>
<context>
    <name>EscalationPacketPdf</name>
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
        <source>breached</source>
        <translation>breached</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>Escalation packet %1</source>
        <translation>Escalation packet %1</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1. Choose a folder you may write to.</source>
        <translation>Cannot write the PDF %1. Choose a folder you may write to.</translation>
    </message>
    <message>
        <source>Rabeg · escalation packet %1 · page %2</source>
        <translation>Rabeg · escalation packet %1 · page %2</translation>
    </message>
    <message>
        <source>Escalation to the Ombudsman of the Republic of Indonesia, Banten office</source>
        <translation>Escalation to the Ombudsman of the Republic of Indonesia, Banten office</translation>
    </message>
    <message>
        <source>Complaint %1, prepared by the Kominfo command center of Kota Serang on %2 (hub time).</source>
        <translation>Complaint %1, prepared by the Kominfo command center of Kota Serang on %2 (hub time).</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>LAPOR! reference</source>
        <translation>LAPOR! reference</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
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
        <source>escalated</source>
        <translation>escalated</translation>
    </message>
    <message>
        <source>Responsible OPD</source>
        <translation>Responsible OPD</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>identity withheld: the reporter asked to stay anonymous or the complaint is confidential</source>
        <translation>identity withheld: the reporter asked to stay anonymous or the complaint is confidential</translation>
    </message>
    <message>
        <source>identity on record at the command center; released to the Ombudsman on request</source>
        <translation>identity on record at the command center; released to the Ombudsman on request</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>The %1 deadline (cycle %2) was due %3. Days overdue: %4.</source>
        <translation>The %1 deadline (cycle %2) was due %3. Days overdue: %4.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Started (WIB)</source>
        <translation>Started (WIB)</translation>
    </message>
    <message>
        <source>Due (WIB)</source>
        <translation>Due (WIB)</translation>
    </message>
    <message>
        <source>Stopped (WIB)</source>
        <translation>Stopped (WIB)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Complaint received</source>
        <translation>Complaint received</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Verified: %1</translation>
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
        <source>Anonymous reporter&apos;s identity revealed on the hub — reason: %1</source>
        <translation>Anonymous reporter&apos;s identity revealed on the hub — reason: %1</translation>
    </message>
    <message>
        <source>Asked the reporter (%1): %2</source>
        <translation>Asked the reporter (%1): %2</translation>
    </message>
    <message>
        <source>The reporter answered (%1): %2</source>
        <translation>The reporter answered (%1): %2</translation>
    </message>
    <message>
        <source>Attachment added: %1</source>
        <translation>Attachment added: %1</translation>
    </message>
</context>
<context>
    <name>FieldProblem</name>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>missing required field</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>longer than %1 characters</translation>
    </message>
    <message>
        <source>at least one is needed</source>
        <translation>at least one is needed</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2</source>
        <translation>expected an integer from %1 to %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2</source>
        <translation>&quot;%1&quot; is not %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>use working_days, calendar_days or hours</source>
        <translation>use working_days, calendar_days or hours</translation>
    </message>
    <message>
        <source>use none, escalate or close</source>
        <translation>use none, escalate or close</translation>
    </message>
    <message>
        <source>a clock needs a name people read</source>
        <translation>a clock needs a name people read</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is defined twice</source>
        <translation>&quot;%1&quot; is defined twice</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot both start and stop the clock</source>
        <translation>&quot;%1&quot; cannot both start and stop the clock</translation>
    </message>
    <message>
        <source>a policy needs at least one clock</source>
        <translation>a policy needs at least one clock</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-03-18</source>
        <translation>&quot;%1&quot; is not a date such as 2026-03-18</translation>
    </message>
    <message>
        <source>use holiday, cuti_bersama, added_holiday or opd_working_day</source>
        <translation>use holiday, cuti_bersama, added_holiday or opd_working_day</translation>
    </message>
    <message>
        <source>a day off needs its name (Nyepi, cuti bersama Idul Fitri...)</source>
        <translation>a day off needs its name (Nyepi, cuti bersama Idul Fitri...)</translation>
    </message>
    <message>
        <source>a day off needs the decree it comes from, or provisional: true</source>
        <translation>a day off needs the decree it comes from, or provisional: true</translation>
    </message>
    <message>
        <source>%1 is not a Saturday; an OPD opens on Saturdays only</source>
        <translation>%1 is not a Saturday; an OPD opens on Saturdays only</translation>
    </message>
    <message>
        <source>a working Saturday belongs to one OPD</source>
        <translation>a working Saturday belongs to one OPD</translation>
    </message>
    <message>
        <source>unknown OPD &quot;%1&quot;</source>
        <translation>unknown OPD &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only a working Saturday names an OPD; a day off is for every OPD</source>
        <translation>only a working Saturday names an OPD; a day off is for every OPD</translation>
    </message>
    <message>
        <source>%1 is listed twice for %2</source>
        <translation>%1 is listed twice for %2</translation>
    </message>
    <message>
        <source>%1 is listed twice as a day off</source>
        <translation>%1 is listed twice as a day off</translation>
    </message>
</context>
<context>
    <name>HandlingText</name>
    <message>
        <source>Dispatch to %1</source>
        <translation>Dispatch to %1</translation>
    </message>
    <message>
        <source>Not our authority → %1</source>
        <translation>Not our authority → %1</translation>
    </message>
    <message>
        <source>Duplicate of a complaint outside the scenario</source>
        <translation>Duplicate of a complaint outside the scenario</translation>
    </message>
    <message>
        <source>Duplicate of “%1”</source>
        <translation>Duplicate of “%1”</translation>
    </message>
    <message>
        <source>Reject, for any reason</source>
        <translation>Reject, for any reason</translation>
    </message>
    <message>
        <source>Reject: %1</source>
        <translation>Reject: %1</translation>
    </message>
    <message>
        <source>Defer, for any reason</source>
        <translation>Defer, for any reason</translation>
    </message>
    <message>
        <source>Defer: %1</source>
        <translation>Defer: %1</translation>
    </message>
</context>
<context>
    <name>HubRefusal</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <source>This account is locked after repeated failed logins. Try again in %1 minutes, or ask an administrator to unlock it.</source>
        <translation>This account is locked after repeated failed logins. Try again in %1 minutes, or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>Too many failed logins for this account or from this workstation. Try again in %1 seconds.</source>
        <translation>Too many failed logins for this account or from this workstation. Try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Your session has ended. Log in again.</translation>
    </message>
    <message>
        <source>Your role or OPD has changed. Log in again; this workstation syncs afresh and keeps what it has not sent yet.</source>
        <translation>Your role or OPD has changed. Log in again; this workstation syncs afresh and keeps what it has not sent yet.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Your role may not do this.</translation>
    </message>
    <message>
        <source>Only a trainer runs the class.</source>
        <translation>Only a trainer runs the class.</translation>
    </message>
    <message>
        <source>The hub has no such complaint, or none that you may see.</source>
        <translation>The hub has no such complaint, or none that you may see.</translation>
    </message>
    <message>
        <source>This complaint is not in your OPD&apos;s care.</source>
        <translation>This complaint is not in your OPD&apos;s care.</translation>
    </message>
    <message>
        <source>This cannot be done to the complaint in its present state.</source>
        <translation>This cannot be done to the complaint in its present state.</translation>
    </message>
    <message>
        <source>Someone else changed this complaint after you read it. Compare both versions and decide again.</source>
        <translation>Someone else changed this complaint after you read it. Compare both versions and decide again.</translation>
    </message>
    <message>
        <source>The complaint changed before the hub acted on it; the hub decides again.</source>
        <translation>The complaint changed before the hub acted on it; the hub decides again.</translation>
    </message>
    <message>
        <source>The hub already took a different command under this command&apos;s id. Do it again as a new command.</source>
        <translation>The hub already took a different command under this command&apos;s id. Do it again as a new command.</translation>
    </message>
    <message>
        <source>The hub already holds this complaint.</source>
        <translation>The hub already holds this complaint.</translation>
    </message>
    <message>
        <source>This complaint has already gone to the Ombudsman.</source>
        <translation>This complaint has already gone to the Ombudsman.</translation>
    </message>
    <message>
        <source>Nobody owns this complaint.</source>
        <translation>Nobody owns this complaint.</translation>
    </message>
    <message>
        <source>The hub has no command center user &quot;%1&quot;: choose a colleague from the list.</source>
        <translation>The hub has no command center user &quot;%1&quot;: choose a colleague from the list.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is deactivated: choose a colleague who is still working.</source>
        <translation>The account &quot;%1&quot; is deactivated: choose a colleague who is still working.</translation>
    </message>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>Choose a reason from the list.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; is not in the hub&apos;s list.</source>
        <translation>The reason &quot;%1&quot; is not in the hub&apos;s list.</translation>
    </message>
    <message>
        <source>The reason &quot;other&quot; needs a note that explains it.</source>
        <translation>The reason &quot;other&quot; needs a note that explains it.</translation>
    </message>
    <message>
        <source>Choose how the reporter was reached.</source>
        <translation>Choose how the reporter was reached.</translation>
    </message>
    <message>
        <source>The hub does not know that way of reaching the reporter.</source>
        <translation>The hub does not know that way of reaching the reporter.</translation>
    </message>
    <message>
        <source>Choose aspirasi, pengaduan or permintaan informasi.</source>
        <translation>Choose aspirasi, pengaduan or permintaan informasi.</translation>
    </message>
    <message>
        <source>A title must not be empty.</source>
        <translation>A title must not be empty.</translation>
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
        <source>The time given is not a valid time.</source>
        <translation>The time given is not a valid time.</translation>
    </message>
    <message>
        <source>The time the complaint was received must lie within the last 30 days and not in the future.</source>
        <translation>The time the complaint was received must lie within the last 30 days and not in the future.</translation>
    </message>
    <message>
        <source>The hub has no such category. Sync, then choose again.</source>
        <translation>The hub has no such category. Sync, then choose again.</translation>
    </message>
    <message>
        <source>This category is no longer in use. Choose another.</source>
        <translation>This category is no longer in use. Choose another.</translation>
    </message>
    <message>
        <source>The hub has no such service. Sync, then choose again.</source>
        <translation>The hub has no such service. Sync, then choose again.</translation>
    </message>
    <message>
        <source>This service is no longer in use. Choose another.</source>
        <translation>This service is no longer in use. Choose another.</translation>
    </message>
    <message>
        <source>The hub has no such kecamatan.</source>
        <translation>The hub has no such kecamatan.</translation>
    </message>
    <message>
        <source>The hub has no such OPD. Sync, then choose again.</source>
        <translation>The hub has no such OPD. Sync, then choose again.</translation>
    </message>
    <message>
        <source>This OPD is no longer in use. Choose another.</source>
        <translation>This OPD is no longer in use. Choose another.</translation>
    </message>
    <message>
        <source>The hub has no such agency. Sync, then choose again.</source>
        <translation>The hub has no such agency. Sync, then choose again.</translation>
    </message>
    <message>
        <source>This agency is no longer in use. Choose another.</source>
        <translation>This agency is no longer in use. Choose another.</translation>
    </message>
    <message>
        <source>This complaint has no SOP checklist to tick.</source>
        <translation>This complaint has no SOP checklist to tick.</translation>
    </message>
    <message>
        <source>The complaint&apos;s SOP checklist has no such step.</source>
        <translation>The complaint&apos;s SOP checklist has no such step.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is already done.</source>
        <translation>The step &quot;%1&quot; is already done.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is not done, so there is nothing to reopen.</source>
        <translation>The step &quot;%1&quot; is not done, so there is nothing to reopen.</translation>
    </message>
    <message>
        <source>Critical SOP steps are not done yet. Tick them first, or give a reason to respond anyway.</source>
        <translation>Critical SOP steps are not done yet. Tick them first, or give a reason to respond anyway.</translation>
    </message>
    <message>
        <source>The file is larger than 10 MB. Send a smaller photo or split the document.</source>
        <translation>The file is larger than 10 MB. Send a smaller photo or split the document.</translation>
    </message>
    <message>
        <source>This file is not a photo or a PDF: only JPEG, PNG and PDF files are accepted, judged by their content, not their name.</source>
        <translation>This file is not a photo or a PDF: only JPEG, PNG and PDF files are accepted, judged by their content, not their name.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file&apos;s name is empty or too long. Rename the file and add it again.</source>
        <translation>The file&apos;s name is empty or too long. Rename the file and add it again.</translation>
    </message>
    <message>
        <source>Your role may not add attachments. The command center and the liaison of the OPD holding the complaint may.</source>
        <translation>Your role may not add attachments. The command center and the liaison of the OPD holding the complaint may.</translation>
    </message>
    <message>
        <source>This complaint has no such attachment.</source>
        <translation>This complaint has no such attachment.</translation>
    </message>
    <message>
        <source>The hub cannot read this attachment&apos;s file. Tell the hub&apos;s administrator.</source>
        <translation>The hub cannot read this attachment&apos;s file. Tell the hub&apos;s administrator.</translation>
    </message>
    <message>
        <source>Your role may not see reporters&apos; identities.</source>
        <translation>Your role may not see reporters&apos; identities.</translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may reveal an anonymous reporter&apos;s identity, and only with a stated reason.</source>
        <translation>Only a supervisor or an admin may reveal an anonymous reporter&apos;s identity, and only with a stated reason.</translation>
    </message>
    <message>
        <source>The reporter asked to stay anonymous.</source>
        <translation>The reporter asked to stay anonymous.</translation>
    </message>
    <message>
        <source>The reporter is not anonymous: there is nothing to reveal.</source>
        <translation>The reporter is not anonymous: there is nothing to reveal.</translation>
    </message>
    <message>
        <source>The hub was started without its identity key, so it cannot open reporters&apos; identities. Tell the hub&apos;s administrator.</source>
        <translation>The hub was started without its identity key, so it cannot open reporters&apos; identities. Tell the hub&apos;s administrator.</translation>
    </message>
    <message>
        <source>The hub was started with the identity key of another store. Tell the hub&apos;s administrator.</source>
        <translation>The hub was started with the identity key of another store. Tell the hub&apos;s administrator.</translation>
    </message>
    <message>
        <source>The hub has no such account. Reload the list of users.</source>
        <translation>The hub has no such account. Reload the list of users.</translation>
    </message>
    <message>
        <source>There is already an account &quot;%1&quot;: choose another user name, or change that account.</source>
        <translation>There is already an account &quot;%1&quot;: choose another user name, or change that account.</translation>
    </message>
    <message>
        <source>A user name is 2 to 64 small letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>A user name is 2 to 64 small letters, digits, dots, dashes or underscores, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>Write the person&apos;s name: at most 120 characters, and not only spaces or invisible characters.</source>
        <translation>Write the person&apos;s name: at most 120 characters, and not only spaces or invisible characters.</translation>
    </message>
    <message>
        <source>This password is too weak. A password has at least 10 characters, 5 of them different, does not contain the user name and is not a common word with digits around it; a short phrase works well.</source>
        <translation>This password is too weak. A password has at least 10 characters, 5 of them different, does not contain the user name and is not a common word with digits around it; a short phrase works well.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account: ask another admin to do it.</source>
        <translation>You cannot deactivate your own account: ask another admin to do it.</translation>
    </message>
    <message>
        <source>You cannot take the admin role from yourself: ask another admin to do it.</source>
        <translation>You cannot take the admin role from yourself: ask another admin to do it.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already active.</source>
        <translation>The account &quot;%1&quot; is already active.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already deactivated.</source>
        <translation>The account &quot;%1&quot; is already deactivated.</translation>
    </message>
    <message>
        <source>The account already has this role, OPD and name: change one of them.</source>
        <translation>The account already has this role, OPD and name: change one of them.</translation>
    </message>
    <message>
        <source>A liaison needs an OPD: choose the OPD whose complaints they follow up.</source>
        <translation>A liaison needs an OPD: choose the OPD whose complaints they follow up.</translation>
    </message>
    <message>
        <source>Only a liaison has an OPD: leave the OPD empty for this role.</source>
        <translation>Only a liaison has an OPD: leave the OPD empty for this role.</translation>
    </message>
    <message>
        <source>Say why: the reason must not be empty.</source>
        <translation>Say why: the reason must not be empty.</translation>
    </message>
    <message>
        <source>Say what changes and why.</source>
        <translation>Say what changes and why.</translation>
    </message>
    <message>
        <source>Someone published a version of this template meanwhile: reload the template and publish again.</source>
        <translation>Someone published a version of this template meanwhile: reload the template and publish again.</translation>
    </message>
    <message>
        <source>A version cannot be published before the previous one.</source>
        <translation>A version cannot be published before the previous one.</translation>
    </message>
    <message>
        <source>You may draft SOP templates for your own OPD only.</source>
        <translation>You may draft SOP templates for your own OPD only.</translation>
    </message>
    <message>
        <source>The template differs from the draft it was submitted as. Open the draft again and publish it as it was submitted.</source>
        <translation>The template differs from the draft it was submitted as. Open the draft again and publish it as it was submitted.</translation>
    </message>
    <message>
        <source>The hub has no such submitted SOP draft.</source>
        <translation>The hub has no such submitted SOP draft.</translation>
    </message>
    <message>
        <source>The class clock only jumps forward; to start again, reset the class.</source>
        <translation>The class clock only jumps forward; to start again, reset the class.</translation>
    </message>
    <message>
        <source>The clock runs at 0 (paused) or from 1 to 600 times real time.</source>
        <translation>The clock runs at 0 (paused) or from 1 to 600 times real time.</translation>
    </message>
    <message>
        <source>The hub cannot reach its store right now. Try again in a moment; nothing was lost.</source>
        <translation>The hub cannot reach its store right now. Try again in a moment; nothing was lost.</translation>
    </message>
    <message>
        <source>The hub could not write to its store. Try again in a moment; if it happens again, tell the hub&apos;s administrator.</source>
        <translation>The hub could not write to its store. Try again in a moment; if it happens again, tell the hub&apos;s administrator.</translation>
    </message>
    <message>
        <source>The request is larger than the hub takes (1 MB).</source>
        <translation>The request is larger than the hub takes (1 MB).</translation>
    </message>
    <message>
        <source>The hub could not read this workstation&apos;s request (%1). This workstation and the hub may be of different versions: tell the administrator.</source>
        <translation>The hub could not read this workstation&apos;s request (%1). This workstation and the hub may be of different versions: tell the administrator.</translation>
    </message>
    <message>
        <source>The hub refused a field of this workstation&apos;s request (%1). This workstation and the hub may be of different versions: tell the administrator.</source>
        <translation>The hub refused a field of this workstation&apos;s request (%1). This workstation and the hub may be of different versions: tell the administrator.</translation>
    </message>
    <message>
        <source>The hub does not take this request (%1). This workstation and the hub may be of different versions: tell the administrator.</source>
        <translation>The hub does not take this request (%1). This workstation and the hub may be of different versions: tell the administrator.</translation>
    </message>
    <message>
        <source>The hub refused without saying why (%1).</source>
        <translation>The hub refused without saying why (%1).</translation>
    </message>
    <message>
        <source>The hub cannot be reached (%1). Check the connection and try again.</source>
        <translation>The hub cannot be reached (%1). Check the connection and try again.</translation>
    </message>
</context>
<context>
    <name>IntakeText</name>
    <message>
        <source>Write a title: a few words that say what the complaint is about.</source>
        <translation>Write a title: a few words that say what the complaint is about.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters; shorten it.</source>
        <translation>The title is longer than %1 characters; shorten it.</translation>
    </message>
    <message>
        <source>Write the complaint&apos;s text as the reporter told it.</source>
        <translation>Write the complaint&apos;s text as the reporter told it.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters; shorten it.</source>
        <translation>The text is longer than %1 characters; shorten it.</translation>
    </message>
    <message>
        <source>The address is longer than 300 characters; shorten it.</source>
        <translation>The address is longer than 300 characters; shorten it.</translation>
    </message>
    <message numerus="yes">
        <source>A NIK has exactly 16 digits; the one typed has %n character(s). Check it on the reporter&apos;s KTP-el, or leave it empty.</source>
        <translation><numerusform>A NIK has exactly 16 digits; the one typed has %n character(s). Check it on the reporter&apos;s KTP-el, or leave it empty.</numerusform><numerusform>A NIK has exactly 16 digits; the one typed has %n character(s). Check it on the reporter&apos;s KTP-el, or leave it empty.</numerusform></translation>
    </message>
    <message>
        <source>The phone number may hold only digits, spaces, dashes and a leading +, 8 to 20 characters (e.g. 0812 3456 7890).</source>
        <translation>The phone number may hold only digits, spaces, dashes and a leading +, 8 to 20 characters (e.g. 0812 3456 7890).</translation>
    </message>
    <message>
        <source>The e-mail address is not complete (e.g. nama@contoh.id).</source>
        <translation>The e-mail address is not complete (e.g. nama@contoh.id).</translation>
    </message>
    <message>
        <source>The reporter&apos;s name is longer than 200 characters.</source>
        <translation>The reporter&apos;s name is longer than 200 characters.</translation>
    </message>
    <message>
        <source>The time the complaint was received must lie within the last 30 days and not in the future.</source>
        <translation>The time the complaint was received must lie within the last 30 days and not in the future.</translation>
    </message>
    <message>
        <source>The hub would not accept this complaint: %1</source>
        <translation>The hub would not accept this complaint: %1</translation>
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
    <message>
        <source>stopped %1 late</source>
        <extracomment>A deadline bar of a clock that stopped after its due time (&quot;stopped 5 days late&quot;)</extracomment>
        <translation>stopped %1 late</translation>
    </message>
</context>
<context>
    <name>LaporCsv</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>a quoted field is not closed</translation>
    </message>
    <message>
        <source>a quote in the middle of an unquoted field</source>
        <translation>a quote in the middle of an unquoted field</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>text after a closing quote</translation>
    </message>
    <message>
        <source>%1: the first line is not a header of comma-separated columns.</source>
        <translation>%1: the first line is not a header of comma-separated columns.</translation>
    </message>
    <message>
        <source>%1: the header is not UTF-8 text; save the export as &quot;CSV UTF-8&quot;.</source>
        <translation>%1: the header is not UTF-8 text; save the export as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: no column is mapped to %2. Map the columns on the import screen, or give a mapping file (--mapping).</source>
        <translation>%1: no column is mapped to %2. Map the columns on the import screen, or give a mapping file (--mapping).</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>expected %1 columns, found %2</translation>
    </message>
    <message>
        <source>the text is not UTF-8; save the export as &quot;CSV UTF-8&quot;</source>
        <translation>the text is not UTF-8; save the export as &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>%1 is already on row %2; this row is left out</source>
        <translation>%1 is already on row %2; this row is left out</translation>
    </message>
    <message>
        <source>the tracking id is missing</source>
        <translation>the tracking id is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a LAPOR! tracking id (such as #1234567)</source>
        <translation>&quot;%1&quot; is not a LAPOR! tracking id (such as #1234567)</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>the date is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (such as 27/11/2026 08:15, WIB)</source>
        <translation>&quot;%1&quot; is not a date (such as 27/11/2026 08:15, WIB)</translation>
    </message>
    <message>
        <source>%1 lies in the future</source>
        <translation>%1 lies in the future</translation>
    </message>
    <message>
        <source>the text of the report is empty</source>
        <translation>the text of the report is empty</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>the text is longer than %1 characters</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither Ya nor Tidak</source>
        <translation>&quot;%1&quot; is neither Ya nor Tidak</translation>
    </message>
</context>
<context>
    <name>LaporExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>LaporImport</name>
    <message>
        <source>(Reported to LAPOR! on %1 WIB.)</source>
        <translation>(Reported to LAPOR! on %1 WIB.)</translation>
    </message>
    <message>
        <source>LAPOR! %1, status &quot;%2&quot;</source>
        <translation>LAPOR! %1, status &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The reporter reopened it on LAPOR! (%1).</source>
        <translation>The reporter reopened it on LAPOR! (%1).</translation>
    </message>
    <message>
        <source>Only the command center takes in LAPOR! reports; this cache belongs to an OPD liaison.</source>
        <translation>Only the command center takes in LAPOR! reports; this cache belongs to an OPD liaison.</translation>
    </message>
    <message>
        <source>Already queued for the hub, not sent yet.</source>
        <translation>Already queued for the hub, not sent yet.</translation>
    </message>
    <message>
        <source>New complaint queued for the hub.</source>
        <translation>New complaint queued for the hub.</translation>
    </message>
    <message>
        <source>Its LAPOR! status &quot;%1&quot; is applied once the hub has taken the report in: import the export again after the next sync.</source>
        <translation>Its LAPOR! status &quot;%1&quot; is applied once the hub has taken the report in: import the export again after the next sync.</translation>
    </message>
    <message>
        <source>Already in Rabeg as %1.</source>
        <translation>Already in Rabeg as %1.</translation>
    </message>
    <message>
        <source>%1 already shows LAPOR!&apos;s status &quot;%2&quot;.</source>
        <translation>%1 already shows LAPOR!&apos;s status &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The change is already queued for the hub, not sent yet.</source>
        <translation>The change is already queued for the hub, not sent yet.</translation>
    </message>
    <message>
        <source>Commands on %1 are still waiting to be sent; import the export again after the next sync.</source>
        <translation>Commands on %1 are still waiting to be sent; import the export again after the next sync.</translation>
    </message>
    <message>
        <source>LAPOR! says &quot;%1&quot;, but %2 cannot follow here: %3</source>
        <translation>LAPOR! says &quot;%1&quot;, but %2 cannot follow here: %3</translation>
    </message>
    <message>
        <source>%1: %2 queued for the hub (LAPOR! status &quot;%3&quot;).</source>
        <translation>%1: %2 queued for the hub (LAPOR! status &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>The local cache cannot be written now; try again.</source>
        <translation>The local cache cannot be written now; try again.</translation>
    </message>
    <message>
        <source>The reporter&apos;s reply is already queued for the hub, not sent yet.</source>
        <translation>The reporter&apos;s reply is already queued for the hub, not sent yet.</translation>
    </message>
    <message>
        <source>%1 waits for the reporter&apos;s answer; the reply on LAPOR! is the one that answered an earlier question.</source>
        <translation>%1 waits for the reporter&apos;s answer; the reply on LAPOR! is the one that answered an earlier question.</translation>
    </message>
    <message>
        <source>The reporter&apos;s reply on LAPOR! cannot resume %1: %2</source>
        <translation>The reporter&apos;s reply on LAPOR! cannot resume %1: %2</translation>
    </message>
    <message>
        <source>%1: the reporter&apos;s reply on LAPOR! resumes it (queued for the hub).</source>
        <translation>%1: the reporter&apos;s reply on LAPOR! resumes it (queued for the hub).</translation>
    </message>
</context>
<context>
    <name>LaporMapping</name>
    <message>
        <source>LAPOR! tracking id</source>
        <translation>LAPOR! tracking id</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Date of the report</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text of the report</source>
        <translation>Text of the report</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Institution addressed</source>
        <translation>Institution addressed</translation>
    </message>
    <message>
        <source>LAPOR! status</source>
        <translation>LAPOR! status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Anonymous (anonim)</source>
        <translation>Anonymous (anonim)</translation>
    </message>
    <message>
        <source>Confidential (rahasia)</source>
        <translation>Confidential (rahasia)</translation>
    </message>
    <message>
        <source>A mapping file needs an object &quot;columns&quot;.</source>
        <translation>A mapping file needs an object &quot;columns&quot;.</translation>
    </message>
    <message>
        <source>The mapping names an unknown field &quot;%1&quot;.</source>
        <translation>The mapping names an unknown field &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;%1&quot; must be a column&apos;s header (text).</source>
        <translation>The mapping&apos;s &quot;%1&quot; must be a column&apos;s header (text).</translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation>Reporter&apos;s name</translation>
    </message>
    <message>
        <source>The reporter&apos;s reply</source>
        <translation>The reporter&apos;s reply</translation>
    </message>
</context>
<context>
    <name>LaporStatus</name>
    <message>
        <source>LAPOR! passed it on to &quot;%1&quot;, which is neither the city nor an external agency Rabeg knows; forward it by hand (not our authority).</source>
        <translation>LAPOR! passed it on to &quot;%1&quot;, which is neither the city nor an external agency Rabeg knows; forward it by hand (not our authority).</translation>
    </message>
    <message>
        <source>LAPOR!&apos;s administrator deferred it; a deferral here is the operator&apos;s own decision (defer, with the question to the reporter).</source>
        <translation>LAPOR!&apos;s administrator deferred it; a deferral here is the operator&apos;s own decision (defer, with the question to the reporter).</translation>
    </message>
    <message>
        <source>The LAPOR! status &quot;%1&quot; is not in the table of docs/lapor.md; nothing was changed.</source>
        <translation>The LAPOR! status &quot;%1&quot; is not in the table of docs/lapor.md; nothing was changed.</translation>
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
    <message>
        <source>This complaint has no SOP checklist to tick.</source>
        <translation>This complaint has no SOP checklist to tick.</translation>
    </message>
    <message>
        <source>The SOP checklist (%1, version %2) has no step &quot;%3&quot;.</source>
        <translation>The SOP checklist (%1, version %2) has no step &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is already done.</source>
        <translation>The step &quot;%1&quot; is already done.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is not done, so there is nothing to reopen.</source>
        <translation>The step &quot;%1&quot; is not done, so there is nothing to reopen.</translation>
    </message>
    <message>
        <source>Critical SOP steps are not done yet: %1. Tick them first, or give a reason to respond anyway.</source>
        <translation>Critical SOP steps are not done yet: %1. Tick them first, or give a reason to respond anyway.</translation>
    </message>
    <message>
        <source>Write the message sent to the reporter.</source>
        <translation>Write the message sent to the reporter.</translation>
    </message>
    <message>
        <source>Write what the reporter answered.</source>
        <translation>Write what the reporter answered.</translation>
    </message>
    <message>
        <source>Choose how the reporter was reached.</source>
        <translation>Choose how the reporter was reached.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is not in the list.</source>
        <translation>The channel &quot;%1&quot; is not in the list.</translation>
    </message>
    <message>
        <source>The service %1 was deactivated by an administrator; choose another service, or leave it for the verification.</source>
        <translation>The service %1 was deactivated by an administrator; choose another service, or leave it for the verification.</translation>
    </message>
    <message>
        <source>The category %1 was deactivated by an administrator; choose another category.</source>
        <translation>The category %1 was deactivated by an administrator; choose another category.</translation>
    </message>
    <message>
        <source>The service %1 was deactivated by an administrator; choose another service.</source>
        <translation>The service %1 was deactivated by an administrator; choose another service.</translation>
    </message>
    <message>
        <source>The external agency %1 was deactivated by an administrator and takes no new complaints; forward the complaint to another agency.</source>
        <translation>The external agency %1 was deactivated by an administrator and takes no new complaints; forward the complaint to another agency.</translation>
    </message>
    <message>
        <source>The OPD %1 was deactivated by an administrator and takes no new complaints; dispatch the complaint to another OPD.</source>
        <translation>The OPD %1 was deactivated by an administrator and takes no new complaints; dispatch the complaint to another OPD.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Show </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Online: synced with the hub (cursor %1).</source>
        <translation>Online: synced with the hub (cursor %1).</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message numerus="yes">
        <source>The hub stopped %n command(s) with a conflict; see the complaint&apos;s detail.</source>
        <translation><numerusform>The hub stopped %n command(s) with a conflict; see the complaint&apos;s detail.</numerusform><numerusform>The hub stopped %n command(s) with a conflict; see the complaint&apos;s detail.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n command(s); see the complaint&apos;s detail.</source>
        <translation><numerusform>The hub refused %n command(s); see the complaint&apos;s detail.</numerusform><numerusform>The hub refused %n command(s); see the complaint&apos;s detail.</numerusform></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Page Setup</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Page setup</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Show overview of all pages</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Show single page</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Show facing pages</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
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
    <name>ReportFlow</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>Kota Serang public-service complaints (SP4N-LAPOR!) command center</source>
        <translation>Kota Serang public-service complaints (SP4N-LAPOR!) command center</translation>
    </message>
    <message>
        <source>The definitions of every figure are in the appendix.</source>
        <translation>The definitions of every figure are in the appendix.</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Per OPD</source>
        <translation>Per OPD</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No complaint was dispatched, answered, overdue or escalated this week.</source>
        <translation>No complaint was dispatched, answered, overdue or escalated this week.</translation>
    </message>
    <message>
        <source>Complaints escalated to the Ombudsman this week</source>
        <translation>Complaints escalated to the Ombudsman this week</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Most stalled SOP steps</source>
        <translation>Most stalled SOP steps</translation>
    </message>
    <message numerus="yes">
        <source>%n complaints stalled at an SOP step at the end of the week.</source>
        <translation><numerusform>%n complaints stalled at an SOP step at the end of the week.</numerusform><numerusform>%n complaints stalled at an SOP step at the end of the week.</numerusform></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Head of the Office (Kepala Dinas)</source>
        <translation>Head of the Office (Kepala Dinas)</translation>
    </message>
    <message>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <source>Appendix: definitions</source>
        <translation>Appendix: definitions</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Weekly complaint report</source>
        <translation>Weekly complaint report</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3 (WIB)</source>
        <translation>Week %1: %2 to %3 (WIB)</translation>
    </message>
    <message>
        <source>OPD %1 only: made from the OPD liaison&apos;s cache, which holds only the complaints dispatched to it</source>
        <translation>OPD %1 only: made from the OPD liaison&apos;s cache, which holds only the complaints dispatched to it</translation>
    </message>
    <message>
        <source>All OPDs of Kota Serang</source>
        <translation>All OPDs of Kota Serang</translation>
    </message>
    <message>
        <source>Figures reflect the hub log up to seq %1, last synced %2</source>
        <translation>Figures reflect the hub log up to seq %1, last synced %2</translation>
    </message>
    <message>
        <source>Figures reflect the hub log up to seq %1; sync time not recorded, newest event %2</source>
        <translation>Figures reflect the hub log up to seq %1; sync time not recorded, newest event %2</translation>
    </message>
    <message>
        <source>Figures reflect the hub log up to seq %1</source>
        <translation>Figures reflect the hub log up to seq %1</translation>
    </message>
    <message>
        <source>Overdue and stalled complaints as at the end of the week (%1)</source>
        <translation>Overdue and stalled complaints as at the end of the week (%1)</translation>
    </message>
    <message>
        <source>The week is not over: overdue and stalled complaints as at %1</source>
        <translation>The week is not over: overdue and stalled complaints as at %1</translation>
    </message>
    <message>
        <source>Warning: this cache was not synced after %1, so later events of the week may be missing.</source>
        <translation>Warning: this cache was not synced after %1, so later events of the week may be missing.</translation>
    </message>
    <message>
        <source>Command center</source>
        <translation>Command center</translation>
    </message>
    <message>
        <source>not dispatched</source>
        <translation>not dispatched</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
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
        <source>Overdue at week end</source>
        <translation>Overdue at week end</translation>
    </message>
    <message>
        <source>Escalated to the Ombudsman</source>
        <translation>Escalated to the Ombudsman</translation>
    </message>
    <message>
        <source>Median working days to follow-up</source>
        <translation>Median working days to follow-up</translation>
    </message>
    <message numerus="yes">
        <source>%1 (of %n responses)</source>
        <translation><numerusform>%1 (of %n responses)</numerusform><numerusform>%1 (of %n responses)</numerusform></translation>
    </message>
    <message>
        <source>Deadline compliance (follow-up)</source>
        <translation>Deadline compliance (follow-up)</translation>
    </message>
    <message>
        <source>%1 (%2 met, %3 breached)</source>
        <translation>%1 (%2 met, %3 breached)</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Median WD</source>
        <translation>Median WD</translation>
    </message>
    <message>
        <source>Tracking id</source>
        <translation>Tracking id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>State at week end</source>
        <translation>State at week end</translation>
    </message>
    <message>
        <source>SOP step</source>
        <translation>SOP step</translation>
    </message>
    <message>
        <source>Stalled complaints</source>
        <translation>Stalled complaints</translation>
    </message>
    <message>
        <source>Median days at step</source>
        <translation>Median days at step</translation>
    </message>
    <message>
        <source>Most days</source>
        <translation>Most days</translation>
    </message>
    <message>
        <source>Complaints received and responded per OPD this week</source>
        <translation>Complaints received and responded per OPD this week</translation>
    </message>
    <message>
        <source>Received by the OPD (dispatched)</source>
        <translation>Received by the OPD (dispatched)</translation>
    </message>
    <message>
        <source>Responded by the OPD</source>
        <translation>Responded by the OPD</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message numerus="yes">
        <source>Trend over the last %n weeks</source>
        <translation><numerusform>Trend over the last %n weeks</numerusform><numerusform>Trend over the last %n weeks</numerusform></translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>ISO week</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>An ISO 8601 week, Monday to Sunday, on Western Indonesian Time (WIB, UTC+7, no daylight saving): from Monday 00:00 WIB to the next Monday 00:00 WIB. An event belongs to the week its time falls in.</source>
        <translation>An ISO 8601 week, Monday to Sunday, on Western Indonesian Time (WIB, UTC+7, no daylight saving): from Monday 00:00 WIB to the next Monday 00:00 WIB. An event belongs to the week its time falls in.</translation>
    </message>
    <message>
        <source>Complaints whose arrival time (the time the inbox shows; for LAPOR! the time stated by LAPOR!) falls in the week.</source>
        <translation>Complaints whose arrival time (the time the inbox shows; for LAPOR! the time stated by LAPOR!) falls in the week.</translation>
    </message>
    <message>
        <source>Verified, dispatched, responded, closed, escalated</source>
        <translation>Verified, dispatched, responded, closed, escalated</translation>
    </message>
    <message>
        <source>Complaints with at least one event of that kind in the week, each counted once however many it had. Closed includes the hub&apos;s automatic closing; complaints rejected, forwarded or marked duplicate are not closed. In the per-OPD table a complaint dispatched to two OPDs in the week counts for both, so the rows may add up to more than the cover.</source>
        <translation>Complaints with at least one event of that kind in the week, each counted once however many it had. Closed includes the hub&apos;s automatic closing; complaints rejected, forwarded or marked duplicate are not closed. In the per-OPD table a complaint dispatched to two OPDs in the week counts for both, so the rows may add up to more than the cover.</translation>
    </message>
    <message>
        <source>Complaints still open at the end of the week (or now, for a week not over) with at least one SLA clock past its due time and not stopped, as the deadlines screen computes it (working-day calendar, pauses while deferred). The auto-close clock is left out: its breach is the hub closing the complaint, nobody&apos;s delay. In the per-OPD table an overdue complaint counts for the OPD it is with (dispatched, in progress or responded); others count for the command center.</source>
        <translation>Complaints still open at the end of the week (or now, for a week not over) with at least one SLA clock past its due time and not stopped, as the deadlines screen computes it (working-day calendar, pauses while deferred). The auto-close clock is left out: its breach is the hub closing the complaint, nobody&apos;s delay. In the per-OPD table an overdue complaint counts for the OPD it is with (dispatched, in progress or responded); others count for the command center.</translation>
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation>Deadline compliance</translation>
    </message>
    <message>
        <source>Over the follow-up clock (14 calendar days from dispatch or reopen to the response; the clock whose breach goes to the Ombudsman): met / (met + breached) for the cycles decided in the week. A cycle is decided when it stops on time (met, at the stop) or when its due time passes without a stop (breached, at the due time, whether it is answered later or not). A cycle ended by a return within its time is met, as the deadlines screen shows it. Counted for the OPD the cycle was dispatched to.</source>
        <translation>Over the follow-up clock (14 calendar days from dispatch or reopen to the response; the clock whose breach goes to the Ombudsman): met / (met + breached) for the cycles decided in the week. A cycle is decided when it stops on time (met, at the stop) or when its due time passes without a stop (breached, at the due time, whether it is answered later or not). A cycle ended by a return within its time is met, as the deadlines screen shows it. Counted for the OPD the cycle was dispatched to.</translation>
    </message>
    <message>
        <source>For each response in the week: the working days after the day of the dispatch (or reopen) that started its cycle, up to and including the day of the response, on the OPD&apos;s calendar. A response on the day of dispatch counts 0. With an even number of responses, the mean of the middle two.</source>
        <translation>For each response in the week: the working days after the day of the dispatch (or reopen) that started its cycle, up to and including the day of the response, on the OPD&apos;s calendar. A response on the day of dispatch counts 0. With an even number of responses, the mean of the middle two.</translation>
    </message>
    <message>
        <source>Most stalled SOP steps</source>
        <translation>Most stalled SOP steps</translation>
    </message>
    <message>
        <source>At the end of the week: complaints an OPD is working (dispatched or in progress) whose current SOP step has run past its expected working days, grouped by OPD and step, most complaints first. Days at step are working days begun since the step became current.</source>
        <translation>At the end of the week: complaints an OPD is working (dispatched or in progress) whose current SOP step has run past its expected working days, grouped by OPD and step, most complaints first. Days at step are working days begun since the step became current.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Received and responded per week for the last weeks, counted as on the cover.</source>
        <translation>Received and responded per week for the last weeks, counted as on the cover.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Everything is computed from this workstation&apos;s cache, which holds the hub&apos;s log up to the seq shown. A liaison&apos;s cache holds only the complaints dispatched to that OPD, so its report covers that OPD only. A cache not synced after the end of the week may miss its last events.</source>
        <translation>Everything is computed from this workstation&apos;s cache, which holds the hub&apos;s log up to the seq shown. A liaison&apos;s cache holds only the complaints dispatched to that OPD, so its report covers that OPD only. A cache not synced after the end of the week may miss its last events.</translation>
    </message>
    <message>
        <source>Compliance (met/decided)</source>
        <translation>Compliance (met/decided)</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaints were escalated this week. The earliest %1 of each OPD are listed here; the full list is in the report&apos;s CSV export (the file ending in -escalated.csv).</source>
        <translation><numerusform>%Ln complaints were escalated this week. The earliest %1 of each OPD are listed here; the full list is in the report&apos;s CSV export (the file ending in -escalated.csv).</numerusform><numerusform>%Ln complaints were escalated this week. The earliest %1 of each OPD are listed here; the full list is in the report&apos;s CSV export (the file ending in -escalated.csv).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more, listed in the CSV</source>
        <translation><numerusform>+ %Ln more, listed in the CSV</numerusform><numerusform>+ %Ln more, listed in the CSV</numerusform></translation>
    </message>
</context>
<context>
    <name>ReporterContactFields</name>
    <message>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <source>Write what was said to or by the reporter.</source>
        <translation>Write what was said to or by the reporter.</translation>
    </message>
</context>
<context>
    <name>ResultSheet</name>
    <message>
        <source>Training result sheet</source>
        <translation>Training result sheet</translation>
    </message>
    <message>
        <source>Scenario: %1 · class %2 · scores at %3 WIB (hub time)</source>
        <translation>Scenario: %1 · class %2 · scores at %3 WIB (hub time)</translation>
    </message>
    <message>
        <source>Handled: %1 of %2 · correct decision: %3 · correct OPD: %4 · median time to triage: %5 · deadlines missed: %6</source>
        <translation>Handled: %1 of %2 · correct decision: %3 · correct OPD: %4 · median time to triage: %5 · deadlines missed: %6</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>OPD wrong</source>
        <translation>OPD wrong</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>not arrived</source>
        <translation>not arrived</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>Trainer&apos;s signature: ____________________</source>
        <translation>Trainer&apos;s signature: ____________________</translation>
    </message>
    <message>
        <source>Training result sheet — %1</source>
        <translation>Training result sheet — %1</translation>
    </message>
    <message>
        <source>The result sheet could not be written to %1.</source>
        <translation>The result sheet could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>RoutingText</name>
    <message>
        <source>the complaint&apos;s kecamatan</source>
        <translation>the complaint&apos;s kecamatan</translation>
    </message>
    <message>
        <source>the kecamatan named in the text</source>
        <translation>the kecamatan named in the text</translation>
    </message>
    <message>
        <source>no kecamatan known, the default office</source>
        <translation>no kecamatan known, the default office</translation>
    </message>
    <message>
        <source>No word of the text points to %1; it comes from how often past complaints went there.</source>
        <translation>No word of the text points to %1; it comes from how often past complaints went there.</translation>
    </message>
    <message numerus="yes">
        <source>%n past complaint(s) with %1 went to %2.</source>
        <translation><numerusform>%n past complaint(s) with %1 went to %2.</numerusform><numerusform>%n past complaint(s) with %1 went to %2.</numerusform></translation>
    </message>
    <message>
        <source>%1 are words of the services of %2 in the reference data.</source>
        <translation>%1 are words of the services of %2 in the reference data.</translation>
    </message>
    <message>
        <source>Routing table (rule version %1): %2 in kecamatan %3 goes to %4.</source>
        <translation>Routing table (rule version %1): %2 in kecamatan %3 goes to %4.</translation>
    </message>
    <message>
        <source>Routing table (rule version %1): %2 goes to %3.</source>
        <translation>Routing table (rule version %1): %2 goes to %3.</translation>
    </message>
    <message>
        <source>The text agrees.</source>
        <translation>The text agrees.</translation>
    </message>
    <message>
        <source>The text alone would point to %1.</source>
        <translation>The text alone would point to %1.</translation>
    </message>
    <message>
        <source>The routing table sends category %1 to %2.</source>
        <translation>The routing table sends category %1 to %2.</translation>
    </message>
    <message>
        <source>Office chosen by %1.</source>
        <translation>Office chosen by %1.</translation>
    </message>
    <message>
        <source>Not suggested again: returned by %1.</source>
        <translation>Not suggested again: returned by %1.</translation>
    </message>
</context>
<context>
    <name>RowText</name>
    <message>
        <source>the header lacks the column &apos;%1&apos;</source>
        <translation>the header lacks the column &apos;%1&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2</source>
        <translation>column &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code (upper-case letters, digits and &apos;-&apos;)</source>
        <translation>&quot;%1&quot; is not a code (upper-case letters, digits and &apos;-&apos;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;)</source>
        <translation>&quot;%1&quot; is not a code (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;)</translation>
    </message>
    <message>
        <source>expected yes or no, found &quot;%1&quot;</source>
        <translation>expected yes or no, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found &quot;%3&quot;</source>
        <translation>expected a whole number from %1 to %2, found &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; is not one of %2</translation>
    </message>
</context>
<context>
    <name>SopPublication</name>
    <message>
        <source>Only an admin or a supervisor publishes SOP templates; a liaison may prepare a draft for an admin to publish.</source>
        <translation>Only an admin or a supervisor publishes SOP templates; a liaison may prepare a draft for an admin to publish.</translation>
    </message>
    <message>
        <source>%1: the next version to publish is %2, not %3. Someone may have published meanwhile: reload the template and publish again.</source>
        <translation>%1: the next version to publish is %2, not %3. Someone may have published meanwhile: reload the template and publish again.</translation>
    </message>
    <message>
        <source>Only an OPD liaison submits SOP drafts; admins and supervisors publish directly.</source>
        <translation>Only an OPD liaison submits SOP drafts; admins and supervisors publish directly.</translation>
    </message>
    <message>
        <source>You may draft SOP templates for your own OPD (%1) only.</source>
        <translation>You may draft SOP templates for your own OPD (%1) only.</translation>
    </message>
    <message>
        <source>The OPD %1 was deactivated by an administrator and takes no new complaints, so no new SOP template version is published for it; its published versions stay with the complaints that use them.</source>
        <translation>The OPD %1 was deactivated by an administrator and takes no new complaints, so no new SOP template version is published for it; its published versions stay with the complaints that use them.</translation>
    </message>
</context>
<context>
    <name>SopText</name>
    <message>
        <source>OPD liaison</source>
        <translation>OPD liaison</translation>
    </message>
    <message>
        <source>Technical officer</source>
        <translation>Technical officer</translation>
    </message>
    <message>
        <source>Head of division</source>
        <translation>Head of division</translation>
    </message>
    <message>
        <source>Head of the OPD</source>
        <translation>Head of the OPD</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation><numerusform>%n working day(s)</numerusform><numerusform>%n working day(s)</numerusform></translation>
    </message>
    <message>
        <source>median %1 d</source>
        <translation>median %1 d</translation>
    </message>
</context>
<context>
    <name>rabeg::AdminAuditPanel</name>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>%1 of %2 changes shown.</source>
        <translation>%1 of %2 changes shown.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Export the audit of administration</source>
        <translation>Export the audit of administration</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 changes exported to %2.</source>
        <translation>%1 changes exported to %2.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Kind of change</translation>
    </message>
    <message>
        <source>Who made the change</source>
        <translation>Who made the change</translation>
    </message>
    <message>
        <source>from any day</source>
        <translation>from any day</translation>
    </message>
    <message>
        <source>to any day</source>
        <translation>to any day</translation>
    </message>
    <message>
        <source>From this day (WIB)</source>
        <translation>From this day (WIB)</translation>
    </message>
    <message>
        <source>To this day (WIB)</source>
        <translation>To this day (WIB)</translation>
    </message>
    <message>
        <source>Text in any column</source>
        <translation>Text in any column</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Audit of administration</source>
        <translation>Audit of administration</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Export CSV...</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Filter by text in any column</source>
        <translation>Filter by text in any column</translation>
    </message>
    <message>
        <source>Export the changes shown to a CSV file</source>
        <translation>Export the changes shown to a CSV file</translation>
    </message>
    <message>
        <source>Reload the audit of administration from the hub</source>
        <translation>Reload the audit of administration from the hub</translation>
    </message>
</context>
<context>
    <name>rabeg::AdminHubClient</name>
    <message>
        <source>Not signed in to the hub yet: wait for the first sync, then try again.</source>
        <translation>Not signed in to the hub yet: wait for the first sync, then try again.</translation>
    </message>
    <message>
        <source>The hub refused the publication: %1</source>
        <translation>The hub refused the publication: %1</translation>
    </message>
    <message>
        <source>Another admin published a new version first. Reload it, make your change again and publish.</source>
        <translation>Another admin published a new version first. Reload it, make your change again and publish.</translation>
    </message>
</context>
<context>
    <name>rabeg::AdminScreen</name>
    <message>
        <source>SLA policy</source>
        <translation>SLA policy</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Administration: SLA policy and calendar</source>
        <translation>Administration: SLA policy and calendar</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Audit of administration</source>
        <translation>Audit of administration</translation>
    </message>
</context>
<context>
    <name>rabeg::AlertsDock</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Rabeg: %n new notification(s)</source>
        <translation><numerusform>Rabeg: %n new notification(s)</numerusform><numerusform>Rabeg: %n new notification(s)</numerusform></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation><numerusform>Notifications: %n unread</numerusform><numerusform>Notifications: %n unread</numerusform></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>Open the notification list (Ctrl+Shift+N)</source>
        <translation>Open the notification list (Ctrl+Shift+N)</translation>
    </message>
</context>
<context>
    <name>rabeg::AssignDialog</name>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <source>Owner now</source>
        <translation>Owner now</translation>
    </message>
    <message>
        <source>&amp;Colleague</source>
        <translation>&amp;Colleague</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Choose or type the colleague who takes it over.</source>
        <translation>Choose or type the colleague who takes it over.</translation>
    </message>
    <message>
        <source>%1 already owns it: choose someone else.</source>
        <translation>%1 already owns it: choose someone else.</translation>
    </message>
</context>
<context>
    <name>rabeg::AttachmentPanel</name>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Attachments are kept only on the hub, which cannot be reached now. Open it again when the status says online.</source>
        <translation>Attachments are kept only on the hub, which cannot be reached now. Open it again when the status says online.</translation>
    </message>
    <message>
        <source>Fetching %1 from the hub…</source>
        <translation>Fetching %1 from the hub…</translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <translation>Add an attachment</translation>
    </message>
    <message>
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.webp *.pdf);;All files (*)</source>
        <translation>Photos and PDF documents (*.jpg *.jpeg *.png *.webp *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB: the hub accepts photos and PDF documents up to 10 MB. Send a smaller photo or split the document.</source>
        <translation>%1 is larger than 10 MB: the hub accepts photos and PDF documents up to 10 MB. Send a smaller photo or split the document.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Attachments go straight to the hub, which cannot be reached now. Add it again when the status says online.</source>
        <translation>Attachments go straight to the hub, which cannot be reached now. Add it again when the status says online.</translation>
    </message>
    <message>
        <source>Sending %1 to the hub…</source>
        <translation>Sending %1 to the hub…</translation>
    </message>
    <message>
        <source>Sign in to the hub first: attachments are kept only there.</source>
        <translation>Sign in to the hub first: attachments are kept only there.</translation>
    </message>
    <message>
        <source>The hub could not be reached: %1</source>
        <translation>The hub could not be reached: %1</translation>
    </message>
    <message>
        <source>%1 was added. It is listed here after the next sync.</source>
        <translation>%1 was added. It is listed here after the next sync.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 was not added: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 could not be opened: %2</translation>
    </message>
    <message>
        <source>%1 arrived damaged (its SHA-256 differs from the one recorded at upload); it is not shown. Try again.</source>
        <translation>%1 arrived damaged (its SHA-256 differs from the one recorded at upload); it is not shown. Try again.</translation>
    </message>
    <message>
        <source>%1 · %2 · added by %3 on %4</source>
        <translation>%1 · %2 · added by %3 on %4</translation>
    </message>
    <message>
        <source>%1 is a photo this workstation cannot show. Save it and open it elsewhere.</source>
        <translation>%1 is a photo this workstation cannot show. Save it and open it elsewhere.</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>Save the attachment</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written to %2: %3</source>
        <translation>%1 could not be written to %2: %3</translation>
    </message>
    <message>
        <source>%1 was saved to %2. Open it with your PDF viewer.</source>
        <translation>%1 was saved to %2. Open it with your PDF viewer.</translation>
    </message>
    <message>
        <source>Attachments: none</source>
        <translation>Attachments: none</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Attachments (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Open attachment</translation>
    </message>
    <message>
        <source>Add attachment…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <source>%1 opened in the PDF viewer; its copy for the viewer is removed when Rabeg closes.</source>
        <translation>%1 opened in the PDF viewer; its copy for the viewer is removed when Rabeg closes.</translation>
    </message>
</context>
<context>
    <name>rabeg::AttachmentViewer</name>
    <message>
        <source>Attachment: %1</source>
        <translation>Attachment: %1</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>Save the attachment</translation>
    </message>
    <message>
        <source>The file could not be written to %1: %2</source>
        <translation>The file could not be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>rabeg::BulkDispatchDialog</name>
    <message numerus="yes">
        <source>Dispatch %n complaints</source>
        <translation><numerusform>Dispatch %n complaints</numerusform><numerusform>Dispatch %n complaints</numerusform></translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>To OPD</source>
        <translation>To OPD</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(leave out)</translation>
    </message>
    <message>
        <source>no suggestion: choose an OPD</source>
        <translation>no suggestion: choose an OPD</translation>
    </message>
    <message>
        <source>%1 is outside the city: use &quot;not our authority&quot;</source>
        <translation>%1 is outside the city: use &quot;not our authority&quot;</translation>
    </message>
    <message>
        <source>Check each OPD, then dispatch. Each complaint is queued on its own; one refused does not stop the others.</source>
        <translation>Check each OPD, then dispatch. Each complaint is queued on its own; one refused does not stop the others.</translation>
    </message>
    <message>
        <source>&amp;Dispatch all</source>
        <translation>&amp;Dispatch all</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>left out</translation>
    </message>
    <message>
        <source>queued: pending until the hub confirms</source>
        <translation>queued: pending until the hub confirms</translation>
    </message>
    <message>
        <source>%1 queued, %2 refused, %3 left out.</source>
        <translation>%1 queued, %2 refused, %3 left out.</translation>
    </message>
    <message>
        <source>Complaints to dispatch</source>
        <translation>Complaints to dispatch</translation>
    </message>
    <message>
        <source>%1 was deactivated: choose another OPD</source>
        <translation>%1 was deactivated: choose another OPD</translation>
    </message>
</context>
<context>
    <name>rabeg::CaFileEdit</name>
    <message>
        <source>Certificate authority of the hub</source>
        <translation>Certificate authority of the hub</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Optional: the city&apos;s CA certificate (PEM)</source>
        <translation>Optional: the city&apos;s CA certificate (PEM)</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Certificate authority file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Choose the certificate authority file</translation>
    </message>
</context>
<context>
    <name>rabeg::CacheUpgradeWindow</name>
    <message>
        <source>Rabeg — preparing the local cache</source>
        <translation>Rabeg — preparing the local cache</translation>
    </message>
    <message>
        <source>Updating the local cache</source>
        <translation>Updating the local cache</translation>
    </message>
    <message>
        <source>This version of Rabeg keeps more in the local cache. It is worked out once from the complaints already stored; on a large cache that takes several minutes. If Rabeg is closed meanwhile nothing is lost: the work starts again at the next start.</source>
        <translation>This version of Rabeg keeps more in the local cache. It is worked out once from the complaints already stored; on a large cache that takes several minutes. If Rabeg is closed meanwhile nothing is lost: the work starts again at the next start.</translation>
    </message>
    <message>
        <source>Opening the local cache…</source>
        <translation>Opening the local cache…</translation>
    </message>
    <message>
        <source>%L1 complaints done</source>
        <translation>%L1 complaints done</translation>
    </message>
    <message>
        <source>Changing the cache&apos;s layout (version %1 to %2)…</source>
        <translation>Changing the cache&apos;s layout (version %1 to %2)…</translation>
    </message>
    <message>
        <source>Computing when each running deadline warns…</source>
        <translation>Computing when each running deadline warns…</translation>
    </message>
    <message>
        <source>Computing every complaint&apos;s deadlines and SOP progress under the rules in force…</source>
        <translation>Computing every complaint&apos;s deadlines and SOP progress under the rules in force…</translation>
    </message>
    <message>
        <source>Working out, for the weekly report, where each complaint stood in its OPD&apos;s SOP…</source>
        <translation>Working out, for the weekly report, where each complaint stood in its OPD&apos;s SOP…</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Running for %1</translation>
    </message>
    <message>
        <source> · about %1 left in this step</source>
        <translation> · about %1 left in this step</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>rabeg::CalendarEditor</name>
    <message>
        <source>Published version %1 of the calendar. Workstations recompute the deadlines that span the changed days at their next sync.</source>
        <translation>Published version %1 of the calendar. Workstations recompute the deadlines that span the changed days at their next sync.</translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation>Kind of day</translation>
    </message>
    <message>
        <source>Load the calendar in force first (Reload).</source>
        <translation>Load the calendar in force first (Reload).</translation>
    </message>
    <message>
        <source>Publishing version %1...</source>
        <translation>Publishing version %1...</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Decree</translation>
    </message>
    <message>
        <source>OPD (Saturdays)</source>
        <translation>OPD (Saturdays)</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>Calendar days</translation>
    </message>
    <message>
        <source>The calendar in force is loaded from the hub.</source>
        <translation>The calendar in force is loaded from the hub.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Calendar version</source>
        <translation>Calendar version</translation>
    </message>
    <message>
        <source>No provisional year.</source>
        <translation>No provisional year.</translation>
    </message>
    <message>
        <source>Provisional (the decree is not out yet; fixed-date holidays only): %1</source>
        <translation>Provisional (the decree is not out yet; fixed-date holidays only): %1</translation>
    </message>
    <message>
        <source>Provisional years</source>
        <translation>Provisional years</translation>
    </message>
    <message>
        <source>Add day (Alt+Insert)</source>
        <translation>Add day (Alt+Insert)</translation>
    </message>
    <message>
        <source>Add a day to the calendar</source>
        <translation>Add a day to the calendar</translation>
    </message>
    <message>
        <source>Remove day (Alt+Delete)</source>
        <translation>Remove day (Alt+Delete)</translation>
    </message>
    <message>
        <source>Remove the selected day</source>
        <translation>Remove the selected day</translation>
    </message>
    <message>
        <source>Why (required): the decree, e.g. Keppres 12/2026 on a day off</source>
        <translation>Why (required): the decree, e.g. Keppres 12/2026 on a day off</translation>
    </message>
    <message>
        <source>Reload the calendar from the hub</source>
        <translation>Reload the calendar from the hub</translation>
    </message>
    <message>
        <source>Publish the calendar as a new version</source>
        <translation>Publish the calendar as a new version</translation>
    </message>
    <message>
        <source>Calendar message</source>
        <translation>Calendar message</translation>
    </message>
</context>
<context>
    <name>rabeg::CategoryTreePanel</name>
    <message>
        <source>Done: %1 (%2). Every workstation shows it after its next sync.</source>
        <translation>Done: %1 (%2). Every workstation shows it after its next sync.</translation>
    </message>
    <message>
        <source>The category tree in this workstation&apos;s cache cannot be read: %1</source>
        <translation>The category tree in this workstation&apos;s cache cannot be read: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>(no rule in the routing table)</source>
        <translation>(no rule in the routing table)</translation>
    </message>
    <message numerus="yes">
        <source>(+%n by kecamatan)</source>
        <translation><numerusform>(+%n by kecamatan)</numerusform><numerusform>(+%n by kecamatan)</numerusform></translation>
    </message>
    <message>
        <source>(none: a root category)</source>
        <translation>(none: a root category)</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Sending...</translation>
    </message>
    <message>
        <source>Category or service</source>
        <translation>Category or service</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Default route</source>
        <translation>Default route</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Deactivate (kept for its complaints)</source>
        <translation>Deactivate (kept for its complaints)</translation>
    </message>
    <message>
        <source>Change a category or a service</source>
        <translation>Change a category or a service</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Under</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>e.g. pju-taman</source>
        <translation>e.g. pju-taman</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>Why (required)</translation>
    </message>
    <message>
        <source>Send to the hub</source>
        <translation>Send to the hub</translation>
    </message>
    <message>
        <source>A new category goes under a root category or is a root; a service goes under any category. A service&apos;s route is changed in the Routing table tab. Nothing is deleted: a deactivated category or service stays for the complaints that name it.</source>
        <translation>A new category goes under a root category or is a root; a service goes under any category. A service&apos;s route is changed in the Routing table tab. Nothing is deleted: a deactivated category or service stays for the complaints that name it.</translation>
    </message>
    <message>
        <source>Categories and services</source>
        <translation>Categories and services</translation>
    </message>
</context>
<context>
    <name>rabeg::ChecklistModel</name>
    <message>
        <source>%1 by %2 (phone report)</source>
        <translation>%1 by %2 (phone report)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message numerus="yes">
        <source>stalled, %n working day(s) over</source>
        <translation><numerusform>stalled, %n working day(s) over</numerusform><numerusform>stalled, %n working day(s) over</numerusform></translation>
    </message>
    <message>
        <source>in progress, due %1</source>
        <translation>in progress, due %1</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>reopened %1</source>
        <translation>reopened %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>A critical step must be done before the complaint is answered.</source>
        <translation>A critical step must be done before the complaint is answered.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>%1 by %2 (pending: not yet confirmed by the hub)</source>
        <translation>%1 by %2 (pending: not yet confirmed by the hub)</translation>
    </message>
    <message>
        <source>reopened (pending: not yet confirmed by the hub)</source>
        <translation>reopened (pending: not yet confirmed by the hub)</translation>
    </message>
</context>
<context>
    <name>rabeg::ChecklistWidget</name>
    <message>
        <source>No SOP checklist: the complaint is not with an OPD.</source>
        <translation>No SOP checklist: the complaint is not with an OPD.</translation>
    </message>
    <message>
        <source>SOP %1, version %2: this workstation has not received that version yet; it arrives with the next sync.</source>
        <translation>SOP %1, version %2: this workstation has not received that version yet; it arrives with the next sync.</translation>
    </message>
    <message>
        <source>SOP %1, version %2, started %3 · %4 of %5 steps done</source>
        <translation>SOP %1, version %2, started %3 · %4 of %5 steps done</translation>
    </message>
    <message>
        <source>Note for a tick, or the reason to reopen</source>
        <translation>Note for a tick, or the reason to reopen</translation>
    </message>
    <message>
        <source>&amp;Tick step</source>
        <translation>&amp;Tick step</translation>
    </message>
    <message>
        <source>Tick the selected step as reported by the OPD on the phone</source>
        <translation>Tick the selected step as reported by the OPD on the phone</translation>
    </message>
    <message>
        <source>Tick the selected step as done</source>
        <translation>Tick the selected step as done</translation>
    </message>
    <message>
        <source>Re&amp;open step</source>
        <translation>Re&amp;open step</translation>
    </message>
    <message>
        <source>Write the reason to reopen the step first</source>
        <translation>Write the reason to reopen the step first</translation>
    </message>
    <message>
        <source>Open the selected step again</source>
        <translation>Open the selected step again</translation>
    </message>
    <message>
        <source>Record phone repor&amp;t</source>
        <translation>Record phone repor&amp;t</translation>
    </message>
</context>
<context>
    <name>rabeg::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Command palette</translation>
    </message>
    <message>
        <source>Type an action, e.g. &quot;verify&quot; or &quot;dispatch&quot;</source>
        <translation>Type an action, e.g. &quot;verify&quot; or &quot;dispatch&quot;</translation>
    </message>
    <message>
        <source>Search the actions</source>
        <translation>Search the actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>rabeg::ComplaintActions</name>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verify…</translation>
    </message>
    <message>
        <source>De&amp;fer (needs information)…</source>
        <translation>De&amp;fer (needs information)…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>&amp;Not our authority (forward)…</source>
        <translation>&amp;Not our authority (forward)…</translation>
    </message>
    <message>
        <source>Mark as d&amp;uplicate…</source>
        <translation>Mark as d&amp;uplicate…</translation>
    </message>
    <message>
        <source>&amp;Dispatch to an OPD…</source>
        <translation>&amp;Dispatch to an OPD…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>Res&amp;pond…</source>
        <translation>Res&amp;pond…</translation>
    </message>
    <message>
        <source>Re&amp;turn to the command center…</source>
        <translation>Re&amp;turn to the command center…</translation>
    </message>
    <message>
        <source>Send the stopped command again</source>
        <translation>Send the stopped command again</translation>
    </message>
    <message>
        <source>Discard the stopped command</source>
        <translation>Discard the stopped command</translation>
    </message>
    <message>
        <source>Select a complaint first.</source>
        <translation>Select a complaint first.</translation>
    </message>
    <message>
        <source>This complaint is not in the local cache.</source>
        <translation>This complaint is not in the local cache.</translation>
    </message>
    <message>
        <source>An earlier command on this complaint is stopped by a conflict or a refusal. Send it again or discard it first.</source>
        <translation>An earlier command on this complaint is stopped by a conflict or a refusal. Send it again or discard it first.</translation>
    </message>
    <message>
        <source>Done: %1. It is pending until the hub confirms it.</source>
        <translation>Done: %1. It is pending until the hub confirms it.</translation>
    </message>
    <message>
        <source>Defer %1</source>
        <translation>Defer %1</translation>
    </message>
    <message>
        <source>&amp;Defer</source>
        <translation>&amp;Defer</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Reject %1</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Return %1 to the command center</source>
        <translation>Return %1 to the command center</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Return</translation>
    </message>
    <message>
        <source>Not our authority: forward %1</source>
        <translation>Not our authority: forward %1</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>Dispatch %1 to an OPD</source>
        <translation>Dispatch %1 to an OPD</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>&amp;Dispatch</translation>
    </message>
    <message>
        <source>Suggested (%1%): %2</source>
        <translation>Suggested (%1%): %2</translation>
    </message>
    <message>
        <source>Sent again over the hub&apos;s version.</source>
        <translation>Sent again over the hub&apos;s version.</translation>
    </message>
    <message>
        <source>No command of this complaint is stopped.</source>
        <translation>No command of this complaint is stopped.</translation>
    </message>
    <message>
        <source>Your command was discarded; the hub&apos;s version stands.</source>
        <translation>Your command was discarded; the hub&apos;s version stands.</translation>
    </message>
    <message>
        <source>The re&amp;porter answered (resume)…</source>
        <translation>The re&amp;porter answered (resume)…</translation>
    </message>
    <message>
        <source>&amp;Claim (I own it)</source>
        <translation>&amp;Claim (I own it)</translation>
    </message>
    <message>
        <source>A&amp;ssign to a colleague…</source>
        <translation>A&amp;ssign to a colleague…</translation>
    </message>
    <message>
        <source>Re&amp;lease ownership</source>
        <translation>Re&amp;lease ownership</translation>
    </message>
    <message>
        <source>Shift &amp;handover…</source>
        <translation>Shift &amp;handover…</translation>
    </message>
    <message>
        <source>You already own this complaint.</source>
        <translation>You already own this complaint.</translation>
    </message>
    <message>
        <source>Assign %1 to a colleague</source>
        <translation>Assign %1 to a colleague</translation>
    </message>
    <message>
        <source>Only the command center hands over complaints.</source>
        <translation>Only the command center hands over complaints.</translation>
    </message>
    <message>
        <source>Claiming needs a user signed in to a hub: this cache was opened without one.</source>
        <translation>Claiming needs a user signed in to a hub: this cache was opened without one.</translation>
    </message>
</context>
<context>
    <name>rabeg::ComplaintChecklistPanel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Step ticked: %1. It is pending until the hub confirms it.</source>
        <translation>Step ticked: %1. It is pending until the hub confirms it.</translation>
    </message>
    <message>
        <source>Step reopened: %1. It is pending until the hub confirms it.</source>
        <translation>Step reopened: %1. It is pending until the hub confirms it.</translation>
    </message>
</context>
<context>
    <name>rabeg::ComplaintDetailView</name>
    <message>
        <source>Select a complaint to read it here.</source>
        <translation>Select a complaint to read it here.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>This complaint is not in the local cache (any more). It may have left your scope, for example when it was returned or dispatched elsewhere.</source>
        <translation>This complaint is not in the local cache (any more). It may have left your scope, for example when it was returned or dispatched elsewhere.</translation>
    </message>
    <message>
        <source>not determined yet</source>
        <translation>not determined yet</translation>
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
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
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
        <source>pending: not yet confirmed by the hub</source>
        <translation>pending: not yet confirmed by the hub</translation>
    </message>
    <message>
        <source>a command is stopped, see the right</source>
        <translation>a command is stopped, see the right</translation>
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
        <source>Reporter identity: withheld</source>
        <translation>Reporter identity: withheld</translation>
    </message>
    <message>
        <source>confidential: never public</source>
        <translation>confidential: never public</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Sent again over the hub&apos;s version.</source>
        <translation>Sent again over the hub&apos;s version.</translation>
    </message>
    <message>
        <source>Your command was discarded; the hub&apos;s version stands.</source>
        <translation>Your command was discarded; the hub&apos;s version stands.</translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <source>Complaint detail</source>
        <translation>Complaint detail</translation>
    </message>
    <message>
        <source>hidden (anonim)</source>
        <translation>hidden (anonim)</translation>
    </message>
    <message>
        <source>Response for the reporter</source>
        <translation>Response for the reporter</translation>
    </message>
    <message>
        <source>SOP checklist (%1/%2)</source>
        <extracomment>The tab of a complaint&apos;s SOP checklist: steps done of all (&quot;SOP checklist (1/5)&quot;)</extracomment>
        <translation>SOP checklist (%1/%2)</translation>
    </message>
</context>
<context>
    <name>rabeg::ComplaintDetailWindow</name>
    <message>
        <source>Complaint %1 — %2</source>
        <translation>Complaint %1 — %2</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
</context>
<context>
    <name>rabeg::ConflictPanel</name>
    <message>
        <source>Conflict: someone changed this complaint before your command reached the hub.</source>
        <translation>Conflict: someone changed this complaint before your command reached the hub.</translation>
    </message>
    <message>
        <source>The hub refused your command.</source>
        <translation>The hub refused your command.</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 by %2, %3</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>(no change found in the local history yet)</source>
        <translation>(no change found in the local history yet)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>made over version %1</source>
        <translation>made over version %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>as you saw it</source>
        <translation>as you saw it</translation>
    </message>
    <message>
        <source>Yours (this workstation)</source>
        <translation>Yours (this workstation)</translation>
    </message>
    <message>
        <source>The hub&apos;s (now)</source>
        <translation>The hub&apos;s (now)</translation>
    </message>
    <message>
        <source>&amp;Send again over the hub&apos;s version</source>
        <translation>&amp;Send again over the hub&apos;s version</translation>
    </message>
    <message>
        <source>Your command goes to the hub again, now based on the version shown on the right.</source>
        <translation>Your command goes to the hub again, now based on the version shown on the right.</translation>
    </message>
    <message>
        <source>&amp;Discard my command</source>
        <translation>&amp;Discard my command</translation>
    </message>
</context>
<context>
    <name>rabeg::DashboardChartView</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A bar of a dashboard chart read out: category, series, value (&quot;DISDUKCAPIL, Overdue: 12&quot;)</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>rabeg::DashboardScreen</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Follow-up deadlines decided at %1: %2 met, %3 breached</source>
        <translation>Follow-up deadlines decided at %1: %2 met, %3 breached</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>Refresh the dashboard</translation>
    </message>
    <message>
        <source>Compute the figures again at the hub&apos;s time from this workstation&apos;s cache</source>
        <translation>Compute the figures again at the hub&apos;s time from this workstation&apos;s cache</translation>
    </message>
    <message>
        <source>Computing the dashboard from the local cache…</source>
        <translation>Computing the dashboard from the local cache…</translation>
    </message>
    <message>
        <source>The dashboard cannot be computed: %1</source>
        <translation>The dashboard cannot be computed: %1</translation>
    </message>
    <message>
        <source>At %1 (hub time); cache last synced %2. Click a bar to see its complaints in the inbox.</source>
        <translation>At %1 (hub time); cache last synced %2. Click a bar to see its complaints in the inbox.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>The stalled steps follow.</source>
        <translation>The stalled steps follow.</translation>
    </message>
    <message>
        <source>Overdue at %1</source>
        <translation>Overdue at %1</translation>
    </message>
    <message>
        <source>Open at %1, %2 old</source>
        <translation>Open at %1, %2 old</translation>
    </message>
    <message>
        <source>Stalled at %1</source>
        <translation>Stalled at %1</translation>
    </message>
</context>
<context>
    <name>rabeg::DeadlineBars</name>
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
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
</context>
<context>
    <name>rabeg::DuplicateDialog</name>
    <message>
        <source>Mark %1 as a duplicate</source>
        <translation>Mark %1 as a duplicate</translation>
    </message>
    <message>
        <source>No similar complaint of the same service and kecamatan is in the local cache.</source>
        <translation>No similar complaint of the same service and kecamatan is in the local cache.</translation>
    </message>
    <message>
        <source>Similar complaints of the same service and kecamatan, the most similar first:</source>
        <translation>Similar complaints of the same service and kecamatan, the most similar first:</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>&amp;Mark as duplicate</source>
        <translation>&amp;Mark as duplicate</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>rabeg::DuplicateWatcher</name>
    <message>
        <source>Similar complaints cannot be looked up: %1</source>
        <translation>Similar complaints cannot be looked up: %1</translation>
    </message>
    <message>
        <source>(pending)</source>
        <translation>(pending)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>rabeg::EscalationPacketButton</name>
    <message>
        <source>The escalation packet cannot be made: %1</source>
        <translation>The escalation packet cannot be made: %1</translation>
    </message>
    <message numerus="yes">
        <source>The escalation packet of %1 was saved as %2 (%n day(s) overdue).</source>
        <translation><numerusform>The escalation packet of %1 was saved as %2 (%n day(s) overdue).</numerusform><numerusform>The escalation packet of %1 was saved as %2 (%n day(s) overdue).</numerusform></translation>
    </message>
    <message>
        <source>escalation-%1.pdf</source>
        <translation>escalation-%1.pdf</translation>
    </message>
    <message>
        <source>Save the escalation packet</source>
        <translation>Save the escalation packet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Escalation packet (PDF)...</source>
        <translation>Escalation packet (PDF)...</translation>
    </message>
    <message>
        <source>The complaint, its OPD, deadlines, days overdue and timeline for the Ombudsman (Ctrl+Shift+O)</source>
        <translation>The complaint, its OPD, deadlines, days overdue and timeline for the Ombudsman (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Escalation packet for the Ombudsman</source>
        <translation>Escalation packet for the Ombudsman</translation>
    </message>
</context>
<context>
    <name>rabeg::HandoverDialog</name>
    <message>
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Open complaints of the leaving operator</source>
        <translation>Open complaints of the leaving operator</translation>
    </message>
    <message>
        <source>&amp;Reassign the ticked complaints</source>
        <translation>&amp;Reassign the ticked complaints</translation>
    </message>
    <message>
        <source>&amp;Leaving operator</source>
        <translation>&amp;Leaving operator</translation>
    </message>
    <message>
        <source>&amp;Taking over</source>
        <translation>&amp;Taking over</translation>
    </message>
    <message>
        <source>Every ticked complaint gets one assignment to the colleague taking over (Space ticks or unticks a row; Ctrl+Enter reassigns). Assignments are queued like any other command, so a handover works offline too.</source>
        <translation>Every ticked complaint gets one assignment to the colleague taking over (Space ticks or unticks a row; Ctrl+Enter reassigns). Assignments are queued like any other command, so a handover works offline too.</translation>
    </message>
    <message>
        <source>The complaints could not be read from the local cache: %1</source>
        <translation>The complaints could not be read from the local cache: %1</translation>
    </message>
    <message>
        <source>%1 owns no open complaint: there is nothing to hand over.</source>
        <translation>%1 owns no open complaint: there is nothing to hand over.</translation>
    </message>
    <message>
        <source>%1 owns %2 open complaints.</source>
        <translation>%1 owns %2 open complaints.</translation>
    </message>
    <message>
        <source>Choose or type the colleague who takes over.</source>
        <translation>Choose or type the colleague who takes over.</translation>
    </message>
    <message>
        <source>%1 is the leaving operator: choose the colleague who takes over.</source>
        <translation>%1 is the leaving operator: choose the colleague who takes over.</translation>
    </message>
    <message>
        <source>Tick at least one complaint that was not handed over yet.</source>
        <translation>Tick at least one complaint that was not handed over yet.</translation>
    </message>
    <message>
        <source>Shift handover from %1</source>
        <translation>Shift handover from %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>No longer in this workstation&apos;s cache</source>
        <translation>No longer in this workstation&apos;s cache</translation>
    </message>
    <message>
        <source>Pending: queued, not yet confirmed by the hub</source>
        <translation>Pending: queued, not yet confirmed by the hub</translation>
    </message>
    <message>
        <source>Confirmed: %1 owns it</source>
        <translation>Confirmed: %1 owns it</translation>
    </message>
    <message>
        <source>Confirmed, but %1 owns it now</source>
        <translation>Confirmed, but %1 owns it now</translation>
    </message>
    <message>
        <source>Handed over to %1: %2 sent, %3 confirmed by the hub, %4 pending, %5 refused.</source>
        <translation>Handed over to %1: %2 sent, %3 confirmed by the hub, %4 pending, %5 refused.</translation>
    </message>
</context>
<context>
    <name>rabeg::HistoryTimeline</name>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>refused by the hub</source>
        <translation>refused by the hub</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>held back</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>not confirmed</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>rabeg::IdentityPanel</name>
    <message>
        <source>Hidden (anonim): the reporter asked to stay anonymous. You may reveal the identity with a stated reason; the reveal is recorded.</source>
        <translation>Hidden (anonim): the reporter asked to stay anonymous. You may reveal the identity with a stated reason; the reveal is recorded.</translation>
    </message>
    <message>
        <source>Hidden (anonim): the reporter asked to stay anonymous. Only a supervisor or an admin may reveal the identity, with a stated reason.</source>
        <translation>Hidden (anonim): the reporter asked to stay anonymous. Only a supervisor or an admin may reveal the identity, with a stated reason.</translation>
    </message>
    <message>
        <source>Your role may not see reporters&apos; identities.</source>
        <translation>Your role may not see reporters&apos; identities.</translation>
    </message>
    <message>
        <source>Withheld: asked of the hub when you need it, shown here only, never kept on this workstation.</source>
        <translation>Withheld: asked of the hub when you need it, shown here only, never kept on this workstation.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Asking the hub…</translation>
    </message>
    <message>
        <source>Not signed in to the hub yet: wait for the first sync, then try again.</source>
        <translation>Not signed in to the hub yet: wait for the first sync, then try again.</translation>
    </message>
    <message>
        <source>The hub has ended your session. Log in again, then ask once more.</source>
        <translation>The hub has ended your session. Log in again, then ask once more.</translation>
    </message>
    <message>
        <source>Hidden (anonim): the reporter asked to stay anonymous.</source>
        <translation>Hidden (anonim): the reporter asked to stay anonymous.</translation>
    </message>
    <message>
        <source>The hub did not give the identity (%1): %2</source>
        <translation>The hub did not give the identity (%1): %2</translation>
    </message>
    <message>
        <source>The hub holds no identity for this reporter (none was recorded, or the retention period has removed it).</source>
        <translation>The hub holds no identity for this reporter (none was recorded, or the retention period has removed it).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
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
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Unmasked text</source>
        <translation>Unmasked text</translation>
    </message>
    <message>
        <source>Revealed once, with your reason recorded on the hub; not kept here: it goes when you leave this complaint.</source>
        <translation>Revealed once, with your reason recorded on the hub; not kept here: it goes when you leave this complaint.</translation>
    </message>
    <message>
        <source>From the hub (this view is recorded in its audit log); not kept here: it goes when you leave this complaint.</source>
        <translation>From the hub (this view is recorded in its audit log); not kept here: it goes when you leave this complaint.</translation>
    </message>
    <message>
        <source>Reporter identity</source>
        <translation>Reporter identity</translation>
    </message>
    <message>
        <source>Show reporter identity</source>
        <translation>Show reporter identity</translation>
    </message>
    <message>
        <source>Ask the hub for the reporter&apos;s name, NIK, phone, e-mail, address and the unmasked text; recorded in its audit log, never kept here (Ctrl+Shift+I)</source>
        <translation>Ask the hub for the reporter&apos;s name, NIK, phone, e-mail, address and the unmasked text; recorded in its audit log, never kept here (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Reveal identity…</source>
        <translation>Reveal identity…</translation>
    </message>
    <message>
        <source>Reveal an anonymous reporter&apos;s identity with a stated reason; recorded in the history and the audit log (Ctrl+Shift+U)</source>
        <translation>Reveal an anonymous reporter&apos;s identity with a stated reason; recorded in the history and the audit log (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Reveal the anonymous reporter&apos;s identity</source>
        <translation>Reveal the anonymous reporter&apos;s identity</translation>
    </message>
    <message>
        <source>Reporter identity from the hub</source>
        <translation>Reporter identity from the hub</translation>
    </message>
    <message>
        <source>Withheld: asked of the hub when you need it, or opened from this workstation&apos;s encrypted copy when you are offline and have seen it before; every view is recorded.</source>
        <translation>Withheld: asked of the hub when you need it, or opened from this workstation&apos;s encrypted copy when you are offline and have seen it before; every view is recorded.</translation>
    </message>
    <message>
        <source>From this workstation&apos;s encrypted copy, offline. This view is recorded here and sent to the hub&apos;s audit log when you are online again.</source>
        <translation>From this workstation&apos;s encrypted copy, offline. This view is recorded here and sent to the hub&apos;s audit log when you are online again.</translation>
    </message>
    <message>
        <source>From the hub (this view is recorded in its audit log); an encrypted copy is kept on this workstation so you can see it offline.</source>
        <translation>From the hub (this view is recorded in its audit log); an encrypted copy is kept on this workstation so you can see it offline.</translation>
    </message>
    <message>
        <source>This workstation&apos;s encrypted copy of the identity cannot be opened (%1); nothing is shown. Ask the hub when you are online.</source>
        <translation>This workstation&apos;s encrypted copy of the identity cannot be opened (%1); nothing is shown. Ask the hub when you are online.</translation>
    </message>
    <message>
        <source>The view could not be recorded on this workstation (%1).</source>
        <translation>The view could not be recorded on this workstation (%1).</translation>
    </message>
    <message>
        <source>Showing this reporter&apos;s identity needs the hub, which cannot be reached now: this workstation keeps an encrypted copy only of the identities you have seen online. Try again when you are online.</source>
        <translation>Showing this reporter&apos;s identity needs the hub, which cannot be reached now: this workstation keeps an encrypted copy only of the identities you have seen online. Try again when you are online.</translation>
    </message>
    <message>
        <source>Showing the reporter&apos;s identity needs the hub: without a system keychain it is never kept on this workstation. Try again when you are online.</source>
        <translation>Showing the reporter&apos;s identity needs the hub: without a system keychain it is never kept on this workstation. Try again when you are online.</translation>
    </message>
    <message>
        <source>Showing the reporter&apos;s identity needs the hub: it is never kept on this workstation. Try again when you are online.</source>
        <translation>Showing the reporter&apos;s identity needs the hub: it is never kept on this workstation. Try again when you are online.</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translation>The hub refused: %1</translation>
    </message>
</context>
<context>
    <name>rabeg::InboxFilterBar</name>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>All OPDs</source>
        <translation>All OPDs</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation>Saved filters…</translation>
    </message>
    <message>
        <source>Save these filters</source>
        <translation>Save these filters</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Search titles and texts (Ctrl+F); &quot;quotes&quot; for a phrase</source>
        <translation>Search titles and texts (Ctrl+F); &quot;quotes&quot; for a phrase</translation>
    </message>
    <message>
        <source>&amp;Escalated only</source>
        <translation>&amp;Escalated only</translation>
    </message>
    <message>
        <source>&amp;Pending here</source>
        <translation>&amp;Pending here</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Overd&amp;ue only</source>
        <translation>Overd&amp;ue only</translation>
    </message>
    <message>
        <source>Complaints with a deadline clock past its due time at hub time</source>
        <translation>Complaints with a deadline clock past its due time at hub time</translation>
    </message>
    <message>
        <source>Search complaints</source>
        <translation>Search complaints</translation>
    </message>
    <message>
        <source>Chosen complaints</source>
        <translation>Chosen complaints</translation>
    </message>
    <message>
        <source>Only: %1 (%2)</source>
        <translation>Only: %1 (%2)</translation>
    </message>
    <message>
        <source>Show all complaints again</source>
        <translation>Show all complaints again</translation>
    </message>
    <message>
        <source>Remove the filter: %1</source>
        <translation>Remove the filter: %1</translation>
    </message>
    <message>
        <source>Only these complaints: %1</source>
        <translation>Only these complaints: %1</translation>
    </message>
    <message>
        <source>Stalled onl&amp;y</source>
        <translation>Stalled onl&amp;y</translation>
    </message>
    <message>
        <source>Complaints whose SOP checklist is stalled at hub time, as on the stall board</source>
        <translation>Complaints whose SOP checklist is stalled at hub time, as on the stall board</translation>
    </message>
    <message>
        <source>Assigned to &amp;me</source>
        <translation>Assigned to &amp;me</translation>
    </message>
    <message>
        <source>Complaints you own (claimed, or assigned to you), as the hub last confirmed</source>
        <translation>Complaints you own (claimed, or assigned to you), as the hub last confirmed</translation>
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
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message numerus="yes">
        <source>stalled: step %1 for %n working day(s)</source>
        <translation><numerusform>stalled: step %1 for %n working day(s)</numerusform><numerusform>stalled: step %1 for %n working day(s)</numerusform></translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
</context>
<context>
    <name>rabeg::InboxView</name>
    <message>
        <source>Inbox — %1 complaints in the local cache</source>
        <translation>Inbox — %1 complaints in the local cache</translation>
    </message>
    <message>
        <source>Escalated to the Ombudsman — %1 complaints</source>
        <translation>Escalated to the Ombudsman — %1 complaints</translation>
    </message>
    <message>
        <source>%1 — %2 complaints</source>
        <translation>%1 — %2 complaints</translation>
    </message>
    <message>
        <source>Inbox — %1 complaints match</source>
        <translation>Inbox — %1 complaints match</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Chosen complaints</source>
        <translation>Chosen complaints</translation>
    </message>
</context>
<context>
    <name>rabeg::IntakeDialog</name>
    <message>
        <source>New complaint (walk-in, phone)</source>
        <translation>New complaint (walk-in, phone)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>A few words: what, where</source>
        <translation>A few words: what, where</translation>
    </message>
    <message>
        <source>The complaint as the reporter told it</source>
        <translation>The complaint as the reporter told it</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(not known yet)</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <source>Street, RT/RW, landmark</source>
        <translation>Street, RT/RW, landmark</translation>
    </message>
    <message>
        <source>&amp;Anonim: hide the reporter from OPDs and operators</source>
        <translation>&amp;Anonim: hide the reporter from OPDs and operators</translation>
    </message>
    <message>
        <source>&amp;Rahasia: the complaint is never public</source>
        <translation>&amp;Rahasia: the complaint is never public</translation>
    </message>
    <message>
        <source>Received &amp;earlier (WIB):</source>
        <translation>Received &amp;earlier (WIB):</translation>
    </message>
    <message>
        <source>Only when the complaint arrived before now (a phone call noted on paper): within the last 30 days. Without it the hub&apos;s time of arrival counts.</source>
        <translation>Only when the complaint arrived before now (a phone call noted on paper): within the last 30 days. Without it the hub&apos;s time of arrival counts.</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <source>&amp;Kecamatan:</source>
        <translation>&amp;Kecamatan:</translation>
    </message>
    <message>
        <source>Ke&amp;lurahan:</source>
        <translation>Ke&amp;lurahan:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>16 digits, from the KTP-el</source>
        <translation>16 digits, from the KTP-el</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;NIK:</source>
        <translation>&amp;NIK:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Similar complaints in the cache</source>
        <translation>Similar complaints in the cache</translation>
    </message>
    <message>
        <source>Complaints that share the words typed (and the service and kecamatan chosen): maybe the same complaint, already received.</source>
        <translation>Complaints that share the words typed (and the service and kecamatan chosen): maybe the same complaint, already received.</translation>
    </message>
    <message>
        <source>Taken in since this form opened</source>
        <translation>Taken in since this form opened</translation>
    </message>
    <message numerus="yes">
        <source>%n of 16 digits</source>
        <translation><numerusform>%n of 16 digits</numerusform><numerusform>%n of 16 digits</numerusform></translation>
    </message>
    <message>
        <source>The identity is sent to the hub, sealed there, and never written to this computer&apos;s disk. Until the hub has the complaint it is held in memory only: if Rabeg closes before the hub is reached, it is lost and must be typed again (the complaint itself is kept).</source>
        <translation>The identity is sent to the hub, sealed there, and never written to this computer&apos;s disk. Until the hub has the complaint it is held in memory only: if Rabeg closes before the hub is reached, it is lost and must be typed again (the complaint itself is kept).</translation>
    </message>
    <message>
        <source>Leave the reporter empty for an anonymous walk-in with no identity.</source>
        <translation>Leave the reporter empty for an anonymous walk-in with no identity.</translation>
    </message>
    <message>
        <source>Only operators and supervisors of the command center take in complaints.</source>
        <translation>Only operators and supervisors of the command center take in complaints.</translation>
    </message>
    <message>
        <source>The complaint could not be kept on this computer: %1</source>
        <translation>The complaint could not be kept on this computer: %1</translation>
    </message>
    <message>
        <source>Queued: a new complaint (%1), waiting for the hub&apos;s tracking number.</source>
        <translation>Queued: a new complaint (%1), waiting for the hub&apos;s tracking number.</translation>
    </message>
    <message>
        <source>Received at (WIB)</source>
        <translation>Received at (WIB)</translation>
    </message>
    <message>
        <source>The identity is sent to the hub and sealed there. Until the hub has the complaint it is kept on this computer encrypted only (the key in the system keychain), and deleted once the hub has it.</source>
        <translation>The identity is sent to the hub and sealed there. Until the hub has the complaint it is kept on this computer encrypted only (the key in the system keychain), and deleted once the hub has it.</translation>
    </message>
</context>
<context>
    <name>rabeg::IntakeLauncher</name>
    <message numerus="yes">
        <source>%n reporter identity(ies) in memory only, not yet on the hub: lost if Rabeg closes now</source>
        <translation><numerusform>%n reporter identity(ies) in memory only, not yet on the hub: lost if Rabeg closes now</numerusform><numerusform>%n reporter identity(ies) in memory only, not yet on the hub: lost if Rabeg closes now</numerusform></translation>
    </message>
    <message>
        <source>&amp;New complaint (walk-in, phone)…</source>
        <translation>&amp;New complaint (walk-in, phone)…</translation>
    </message>
    <message>
        <source>Take in a complaint brought to the office or phoned in; works offline</source>
        <translation>Take in a complaint brought to the office or phoned in; works offline</translation>
    </message>
    <message>
        <source>Reporter identities not yet on the hub</source>
        <translation>Reporter identities not yet on the hub</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) taken in here wait for the hub with the reporter&apos;s identity held in memory only. If Rabeg closes now, the complaints are still sent later, but without their identities: those must be typed in again.</source>
        <translation><numerusform>%n complaint(s) taken in here wait for the hub with the reporter&apos;s identity held in memory only. If Rabeg closes now, the complaints are still sent later, but without their identities: those must be typed in again.</numerusform><numerusform>%n complaint(s) taken in here wait for the hub with the reporter&apos;s identity held in memory only. If Rabeg closes now, the complaints are still sent later, but without their identities: those must be typed in again.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Keep Rabeg open</source>
        <translation>&amp;Keep Rabeg open</translation>
    </message>
    <message>
        <source>&amp;Close and lose them</source>
        <translation>&amp;Close and lose them</translation>
    </message>
</context>
<context>
    <name>rabeg::IntakeLedger</name>
    <message>
        <source>%1 — on the hub as %2</source>
        <translation>%1 — on the hub as %2</translation>
    </message>
    <message>
        <source>%1 — refused by the hub: %2</source>
        <translation>%1 — refused by the hub: %2</translation>
    </message>
    <message>
        <source>%1 — pending, waiting for the hub. The reporter&apos;s identity is held in memory only: it is lost if Rabeg closes before the hub is reached.</source>
        <translation>%1 — pending, waiting for the hub. The reporter&apos;s identity is held in memory only: it is lost if Rabeg closes before the hub is reached.</translation>
    </message>
    <message>
        <source>%1 — pending, waiting for the hub (no tracking number yet).</source>
        <translation>%1 — pending, waiting for the hub (no tracking number yet).</translation>
    </message>
    <message>
        <source>%1 — pending, waiting for the hub. The reporter&apos;s identity is kept encrypted on this computer until the hub has it.</source>
        <translation>%1 — pending, waiting for the hub. The reporter&apos;s identity is kept encrypted on this computer until the hub has it.</translation>
    </message>
</context>
<context>
    <name>rabeg::KeymapDialog</name>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Every action is also in the command palette (Ctrl+K). The full keymap is in docs/keymap.md.</source>
        <translation>Every action is also in the command palette (Ctrl+K). The full keymap is in docs/keymap.md.</translation>
    </message>
</context>
<context>
    <name>rabeg::LaporExportDialog</name>
    <message>
        <source>Save the follow-ups for LAPOR!</source>
        <translation>Save the follow-ups for LAPOR!</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The local cache cannot be opened: %1</source>
        <translation>The local cache cannot be opened: %1</translation>
    </message>
    <message>
        <source>%1 follow-ups since %2 written to %3.</source>
        <translation>%1 follow-ups since %2 written to %3.</translation>
    </message>
    <message>
        <source>Export follow-ups for LAPOR!</source>
        <translation>Export follow-ups for LAPOR!</translation>
    </message>
    <message>
        <source>What the city did about complaints that came from LAPOR! (dispatched, acknowledged by the OPD, the response to the reporter, closed, escalated, forwarded, rejected), keyed by LAPOR! tracking id, as a CSV file to upload to LAPOR!. Only what this workstation has synced is included.</source>
        <translation>What the city did about complaints that came from LAPOR! (dispatched, acknowledged by the OPD, the response to the reporter, closed, escalated, forwarded, rejected), keyed by LAPOR! tracking id, as a CSV file to upload to LAPOR!. Only what this workstation has synced is included.</translation>
    </message>
    <message>
        <source>&amp;Since (WIB):</source>
        <translation>&amp;Since (WIB):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
</context>
<context>
    <name>rabeg::LaporImportDialog</name>
    <message>
        <source>Open a LAPOR! export</source>
        <translation>Open a LAPOR! export</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Unknown layout: choose the columns for %1 below (the first rows are shown to help).</source>
        <translation>Unknown layout: choose the columns for %1 below (the first rows are shown to help).</translation>
    </message>
    <message>
        <source>The default LAPOR! layout, as mapped before.</source>
        <translation>The default LAPOR! layout, as mapped before.</translation>
    </message>
    <message>
        <source>A layout mapped before on this workstation: its saved mapping is used.</source>
        <translation>A layout mapped before on this workstation: its saved mapping is used.</translation>
    </message>
    <message>
        <source>The default LAPOR! export layout: every column recognised.</source>
        <translation>The default LAPOR! export layout: every column recognised.</translation>
    </message>
    <message>
        <source>Mapped by hand: the mapping is saved for this layout when you import.</source>
        <translation>Mapped by hand: the mapping is saved for this layout when you import.</translation>
    </message>
    <message>
        <source>The local cache cannot be opened: %1</source>
        <translation>The local cache cannot be opened: %1</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new complaints and %3 status changes queued for the hub, %4 unchanged, %5 not applied, %6 rows not readable.</source>
        <translation>%1 rows read: %2 new complaints and %3 status changes queued for the hub, %4 unchanged, %5 not applied, %6 rows not readable.</translation>
    </message>
    <message>
        <source>Not applied, row %1 (%2): %3</source>
        <translation>Not applied, row %1 (%2): %3</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Row %1 (%2): %3</translation>
    </message>
    <message>
        <source>Row %1 not read: %2</source>
        <translation>Row %1 not read: %2</translation>
    </message>
    <message>
        <source>Row %1 not read, column &quot;%2&quot;: %3</source>
        <translation>Row %1 not read, column &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Import a LAPOR! export</source>
        <translation>Import a LAPOR! export</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose a LAPOR! export saved as CSV (UTF-8). Its reports are queued for the hub; importing the same export again changes nothing.</source>
        <translation>Choose a LAPOR! export saved as CSV (UTF-8). Its reports are queued for the hub; importing the same export again changes nothing.</translation>
    </message>
    <message numerus="yes">
        <source>%n reporters&apos; names are held in memory until the hub takes their reports in, and never written to this workstation&apos;s disk: they are lost if Rabeg closes before that.</source>
        <translation><numerusform>%n reporters&apos; names are held in memory until the hub takes their reports in, and never written to this workstation&apos;s disk: they are lost if Rabeg closes before that.</numerusform><numerusform>%n reporters&apos; names are held in memory until the hub takes their reports in, and never written to this workstation&apos;s disk: they are lost if Rabeg closes before that.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reporters&apos; names were not imported (no hub in this session); they stay in LAPOR!.</source>
        <translation><numerusform>%n reporters&apos; names were not imported (no hub in this session); they stay in LAPOR!.</numerusform><numerusform>%n reporters&apos; names were not imported (no hub in this session); they stay in LAPOR!.</numerusform></translation>
    </message>
</context>
<context>
    <name>rabeg::LaporMappingEditor</name>
    <message>
        <source>(not in this file)</source>
        <translation>(not in this file)</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>The first rows of the file. Each column&apos;s header says which field it fills; fields marked * are required.</source>
        <translation>The first rows of the file. Each column&apos;s header says which field it fills; fields marked * are required.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>First rows of the file</translation>
    </message>
</context>
<context>
    <name>rabeg::LaporMenu</name>
    <message>
        <source>&amp;LAPOR!</source>
        <translation>&amp;LAPOR!</translation>
    </message>
    <message>
        <source>&amp;Import a LAPOR! export…</source>
        <translation>&amp;Import a LAPOR! export…</translation>
    </message>
    <message>
        <source>&amp;Export follow-ups for LAPOR!…</source>
        <translation>&amp;Export follow-ups for LAPOR!…</translation>
    </message>
</context>
<context>
    <name>rabeg::LogView</name>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>WIB</source>
        <translation>WIB</translation>
    </message>
</context>
<context>
    <name>rabeg::LoginDialog</name>
    <message>
        <source>Enter your user name on the hub.</source>
        <translation>Enter your user name on the hub.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Rabeg — log in again</source>
        <translation>Rabeg — log in again</translation>
    </message>
    <message>
        <source>Rabeg — log in</source>
        <translation>Rabeg — log in</translation>
    </message>
    <message>
        <source>&amp;Hub address</source>
        <translation>&amp;Hub address</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>&amp;Certificate authority</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Work &amp;offline</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>rabeg::LoginFlow</name>
    <message>
        <source>Using the session kept in the system keychain for %1.</source>
        <translation>Using the session kept in the system keychain for %1.</translation>
    </message>
    <message>
        <source>Log &amp;in again…</source>
        <translation>Log &amp;in again…</translation>
    </message>
    <message>
        <source>Log &amp;out and forget the session</source>
        <translation>Log &amp;out and forget the session</translation>
    </message>
    <message>
        <source>The hub has ended your session, or did not accept the password. Enter your password to go on; what you have queued on this workstation is kept.</source>
        <translation>The hub has ended your session, or did not accept the password. Enter your password to go on; what you have queued on this workstation is kept.</translation>
    </message>
    <message>
        <source>The hub could not end the session (%1). It ends there by itself within 12 hours, or when an administrator revokes it.</source>
        <translation>The hub could not end the session (%1). It ends there by itself within 12 hours, or when an administrator revokes it.</translation>
    </message>
    <message>
        <source>This session will not be remembered: the system keychain cannot be used (see Log).</source>
        <translation>This session will not be remembered: the system keychain cannot be used (see Log).</translation>
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
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <source>&amp;Complaints of %1</source>
        <translation>&amp;Complaints of %1</translation>
    </message>
    <message>
        <source>Dispatched to %1</source>
        <translation>Dispatched to %1</translation>
    </message>
    <message>
        <source>&amp;Routing queue</source>
        <translation>&amp;Routing queue</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Search the inbox</source>
        <translation>&amp;Search the inbox</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>Go to the inbox</translation>
    </message>
    <message>
        <source>Go to the routing queue</source>
        <translation>Go to the routing queue</translation>
    </message>
    <message>
        <source>Go to the log</source>
        <translation>Go to the log</translation>
    </message>
    <message>
        <source>Dispatch the selected complaints (routing queue)…</source>
        <translation>Dispatch the selected complaints (routing queue)…</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>Command &amp;palette…</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Keys</translation>
    </message>
    <message>
        <source>Stall board</source>
        <translation>Stall board</translation>
    </message>
    <message>
        <source>SOP templates</source>
        <translation>SOP templates</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Go to the stall board</source>
        <translation>Go to the stall board</translation>
    </message>
    <message>
        <source>Go to the SOP templates</source>
        <translation>Go to the SOP templates</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Go to the dashboard</source>
        <translation>Go to the dashboard</translation>
    </message>
    <message>
        <source>the class&apos;s complaints arrive as the trainer runs its clock</source>
        <translation>the class&apos;s complaints arrive as the trainer runs its clock</translation>
    </message>
    <message>
        <source>Actions on the complaint</source>
        <translation>Actions on the complaint</translation>
    </message>
</context>
<context>
    <name>rabeg::NotificationList</name>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>When (WIB)</source>
        <translation>When (WIB)</translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>No unread notifications</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation><numerusform>%n unread</numerusform><numerusform>%n unread</numerusform></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Mark all read</translation>
    </message>
    <message>
        <source>Mute…</source>
        <translation>Mute…</translation>
    </message>
    <message>
        <source>Choose the kinds of notification you do not want to receive</source>
        <translation>Choose the kinds of notification you do not want to receive</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>rabeg::OpdPanel</name>
    <message>
        <source>Done: %1 %2. Every workstation shows it after its next sync.</source>
        <translation>Done: %1 %2. Every workstation shows it after its next sync.</translation>
    </message>
    <message>
        <source>The OPDs in this workstation&apos;s cache cannot be read: %1</source>
        <translation>The OPDs in this workstation&apos;s cache cannot be read: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>External agency</source>
        <translation>External agency</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Sending...</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Deactivate (kept for its complaints)</source>
        <translation>Deactivate (kept for its complaints)</translation>
    </message>
    <message>
        <source>Change an OPD or an external agency</source>
        <translation>Change an OPD or an external agency</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>e.g. DISPORA</source>
        <translation>e.g. DISPORA</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>Why (required)</translation>
    </message>
    <message>
        <source>Send to the hub</source>
        <translation>Send to the hub</translation>
    </message>
    <message>
        <source>OPDs and external agencies</source>
        <translation>OPDs and external agencies</translation>
    </message>
    <message>
        <source>OPDs and agencies</source>
        <translation>OPDs and agencies</translation>
    </message>
</context>
<context>
    <name>rabeg::OperatorSession</name>
    <message>
        <source>The complaint cannot be read from the local cache: %1</source>
        <translation>The complaint cannot be read from the local cache: %1</translation>
    </message>
    <message>
        <source>This complaint is not in the local cache.</source>
        <translation>This complaint is not in the local cache.</translation>
    </message>
    <message>
        <source>An earlier command on this complaint is stopped by a conflict or a refusal. Retry or discard it first (in the complaint&apos;s detail).</source>
        <translation>An earlier command on this complaint is stopped by a conflict or a refusal. Retry or discard it first (in the complaint&apos;s detail).</translation>
    </message>
    <message>
        <source>Refused here, not sent: %1 %2 — %3</source>
        <translation>Refused here, not sent: %1 %2 — %3</translation>
    </message>
    <message>
        <source>Queued: %1 %2</source>
        <translation>Queued: %1 %2</translation>
    </message>
    <message>
        <source>Discarded: %1 (%2)</source>
        <translation>Discarded: %1 (%2)</translation>
    </message>
    <message>
        <source>Sent again: %1</source>
        <translation>Sent again: %1</translation>
    </message>
</context>
<context>
    <name>rabeg::PolicyVersionList</name>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation>SLA policy</translation>
    </message>
    <message>
        <source>Published &amp;versions (who changed what; from the hub&apos;s log, as synced)</source>
        <translation>Published &amp;versions (who changed what; from the hub&apos;s log, as synced)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Published by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Published versions of the SLA policy and the calendar</source>
        <translation>Published versions of the SLA policy and the calendar</translation>
    </message>
</context>
<context>
    <name>rabeg::PublishBar</name>
    <message>
        <source>Why this version is published</source>
        <translation>Why this version is published</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Publish version</source>
        <translation>&amp;Publish version</translation>
    </message>
</context>
<context>
    <name>rabeg::ReasonDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&quot;Other&quot; needs a note that explains it.</source>
        <translation>&quot;Other&quot; needs a note that explains it.</translation>
    </message>
    <message>
        <source>&amp;Message to the reporter</source>
        <translation>&amp;Message to the reporter</translation>
    </message>
</context>
<context>
    <name>rabeg::ReferenceAdminClient</name>
    <message>
        <source>Not signed in to the hub yet: wait for the first sync, then try again.</source>
        <translation>Not signed in to the hub yet: wait for the first sync, then try again.</translation>
    </message>
    <message>
        <source>The hub refused the change: %1</source>
        <translation>The hub refused the change: %1</translation>
    </message>
</context>
<context>
    <name>rabeg::ReportMenu</name>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;Weekly report…</source>
        <translation>&amp;Weekly report…</translation>
    </message>
    <message>
        <source>W&amp;all display</source>
        <translation>W&amp;all display</translation>
    </message>
</context>
<context>
    <name>rabeg::ReporterAnswerDialog</name>
    <message>
        <source>The reporter answered: %1</source>
        <translation>The reporter answered: %1</translation>
    </message>
    <message>
        <source>Take down what the reporter said. The complaint goes back to triage and its paused deadlines run again.</source>
        <translation>Take down what the reporter said. The complaint goes back to triage and its paused deadlines run again.</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
</context>
<context>
    <name>rabeg::ResponseDialog</name>
    <message>
        <source>Respond to %1</source>
        <translation>Respond to %1</translation>
    </message>
    <message>
        <source>Only if critical SOP steps are still open: why respond anyway</source>
        <translation>Only if critical SOP steps are still open: why respond anyway</translation>
    </message>
    <message>
        <source>&amp;Send the response</source>
        <translation>&amp;Send the response</translation>
    </message>
    <message>
        <source>What the OPD did or will do (the reporter reads this):</source>
        <translation>What the OPD did or will do (the reporter reads this):</translation>
    </message>
    <message>
        <source>Response to the reporter</source>
        <translation>Response to the reporter</translation>
    </message>
    <message>
        <source>Reason to respond anyway</source>
        <translation>Reason to respond anyway</translation>
    </message>
</context>
<context>
    <name>rabeg::RevealDialog</name>
    <message>
        <source>Reveal the reporter&apos;s identity — %1</source>
        <translation>Reveal the reporter&apos;s identity — %1</translation>
    </message>
    <message>
        <source>Reveal an anonymous reporter&apos;s identity</source>
        <translation>Reveal an anonymous reporter&apos;s identity</translation>
    </message>
    <message>
        <source>The reporter of %1 asked to stay anonymous. Revealing the identity is recorded in the complaint&apos;s history (your name and the reason, never the reporter&apos;s) and in the hub&apos;s audit log for the Ombudsman. The identity is shown once and not kept on this workstation.</source>
        <translation>The reporter of %1 asked to stay anonymous. Revealing the identity is recorded in the complaint&apos;s history (your name and the reason, never the reporter&apos;s) and in the hub&apos;s audit log for the Ombudsman. The identity is shown once and not kept on this workstation.</translation>
    </message>
    <message>
        <source>&amp;Reason (for example a police request and its letter number):</source>
        <translation>&amp;Reason (for example a police request and its letter number):</translation>
    </message>
    <message>
        <source>Reason for the reveal</source>
        <translation>Reason for the reveal</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Reveal the identity</source>
        <translation>Reveal the identity</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>rabeg::RouteDialog</name>
    <message>
        <source>Type to filter</source>
        <translation>Type to filter</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filter the list</translation>
    </message>
    <message>
        <source>OPDs and agencies</source>
        <translation>OPDs and agencies</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>rabeg::RoutingAdvice</name>
    <message numerus="yes">
        <source>Routing suggestions learned from %n resolved complaints.</source>
        <translation><numerusform>Routing suggestions learned from %n resolved complaints.</numerusform><numerusform>Routing suggestions learned from %n resolved complaints.</numerusform></translation>
    </message>
</context>
<context>
    <name>rabeg::RoutingQueueModel</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (not our authority)</source>
        <translation>%1 (not our authority)</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>Returned by %1: %2</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>table rule</source>
        <translation>table rule</translation>
    </message>
</context>
<context>
    <name>rabeg::RoutingQueueView</name>
    <message>
        <source>Routing queue — %1 verified complaints waiting for a dispatch</source>
        <translation>Routing queue — %1 verified complaints waiting for a dispatch</translation>
    </message>
    <message>
        <source>(the oldest %1 shown)</source>
        <translation>(the oldest %1 shown)</translation>
    </message>
    <message>
        <source>Dispatch the selected… (Ctrl+Shift+D)</source>
        <translation>Dispatch the selected… (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Routing queue</source>
        <translation>Routing queue</translation>
    </message>
</context>
<context>
    <name>rabeg::RoutingTablePanel</name>
    <message>
        <source>Published version %1. Every workstation takes it at its next sync.</source>
        <translation>Published version %1. Every workstation takes it at its next sync.</translation>
    </message>
    <message>
        <source>The routing table in this workstation&apos;s cache cannot be read: %1</source>
        <translation>The routing table in this workstation&apos;s cache cannot be read: %1</translation>
    </message>
    <message>
        <source>Version 0 in force: the shipped table (every service to its usual OPD).</source>
        <translation>Version 0 in force: the shipped table (every service to its usual OPD).</translation>
    </message>
    <message>
        <source>Version %1 in force, published by %2: %3</source>
        <translation>Version %1 in force, published by %2: %3</translation>
    </message>
    <message>
        <source>Version %1 arrived by sync while you edit; Reload to start from it.</source>
        <translation>Version %1 arrived by sync while you edit; Reload to start from it.</translation>
    </message>
    <message>
        <source>The dry run cannot read this workstation&apos;s cache: %1</source>
        <translation>The dry run cannot read this workstation&apos;s cache: %1</translation>
    </message>
    <message>
        <source>(not dispatched)</source>
        <translation>(not dispatched)</translation>
    </message>
    <message>
        <source>(no service yet)</source>
        <translation>(no service yet)</translation>
    </message>
    <message>
        <source>(no rule)</source>
        <translation>(no rule)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message numerus="yes">
        <source>Week %1 of %2 (%3 to %4, WIB): %n complaint(s), </source>
        <translation><numerusform>Week %1 of %2 (%3 to %4, WIB): %n complaint(s), </numerusform><numerusform>Week %1 of %2 (%3 to %4, WIB): %n complaint(s), </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n would go elsewhere</source>
        <translation><numerusform>%n would go elsewhere</numerusform><numerusform>%n would go elsewhere</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n with no rule in the draft</source>
        <translation><numerusform>, %n with no rule in the draft</numerusform><numerusform>, %n with no rule in the draft</numerusform></translation>
    </message>
    <message>
        <source> (only the newest %1 are listed)</source>
        <translation> (only the newest %1 are listed)</translation>
    </message>
    <message>
        <source>Say why this version is published before publishing it.</source>
        <translation>Say why this version is published before publishing it.</translation>
    </message>
    <message>
        <source>The draft cannot be published: %1</source>
        <translation>The draft cannot be published: %1</translation>
    </message>
    <message>
        <source>Publishing...</source>
        <translation>Publishing...</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Kecamatan (empty: all)</source>
        <translation>Kecamatan (empty: all)</translation>
    </message>
    <message>
        <source>OPD or agency</source>
        <translation>OPD or agency</translation>
    </message>
    <message>
        <source>Tracking id</source>
        <translation>Tracking id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Went to</translation>
    </message>
    <message>
        <source>Draft would pick</source>
        <translation>Draft would pick</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Dry run over the week of</source>
        <translation>Dry run over the week of</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>Why this version (required)</source>
        <translation>Why this version (required)</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Routing table draft</source>
        <translation>Routing table draft</translation>
    </message>
    <message>
        <source>Reload the version in force</source>
        <translation>Reload the version in force</translation>
    </message>
    <message>
        <source>Publish the draft as the next version</source>
        <translation>Publish the draft as the next version</translation>
    </message>
    <message>
        <source>Dry run: how the week&apos;s complaints would have been routed</source>
        <translation>Dry run: how the week&apos;s complaints would have been routed</translation>
    </message>
    <message>
        <source>Routing table</source>
        <translation>Routing table</translation>
    </message>
</context>
<context>
    <name>rabeg::ScoreboardModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Correct decision</source>
        <translation>Correct decision</translation>
    </message>
    <message>
        <source>Correct OPD</source>
        <translation>Correct OPD</translation>
    </message>
    <message>
        <source>Median time to triage</source>
        <translation>Median time to triage</translation>
    </message>
    <message>
        <source>Deadlines missed</source>
        <translation>Deadlines missed</translation>
    </message>
</context>
<context>
    <name>rabeg::SessionKeychain</name>
    <message>
        <source>No system keychain is available, so your session cannot be remembered: you will be asked for your password each time.</source>
        <translation>No system keychain is available, so your session cannot be remembered: you will be asked for your password each time.</translation>
    </message>
    <message>
        <source>The system keychain refused access, so your session cannot be remembered: you will be asked for your password each time.</source>
        <translation>The system keychain refused access, so your session cannot be remembered: you will be asked for your password each time.</translation>
    </message>
</context>
<context>
    <name>rabeg::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Hub address</source>
        <translation>&amp;Hub address</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>&amp;Certificate authority</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <source>The language changes at once. A new hub address or certificate authority is used from the next login.</source>
        <translation>The language changes at once. A new hub address or certificate authority is used from the next login.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>rabeg::SlaPolicyEditor</name>
    <message>
        <source>Published version %1 of the SLA policy. Workstations use it from their next sync.</source>
        <translation>Published version %1 of the SLA policy. Workstations use it from their next sync.</translation>
    </message>
    <message>
        <source>Load the policy in force first (Reload).</source>
        <translation>Load the policy in force first (Reload).</translation>
    </message>
    <message>
        <source>Clock %1: the duration and the warning threshold are whole numbers.</source>
        <translation>Clock %1: the duration and the warning threshold are whole numbers.</translation>
    </message>
    <message>
        <source>Publishing version %1...</source>
        <translation>Publishing version %1...</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start events</source>
        <translation>Start events</translation>
    </message>
    <message>
        <source>Stop events</source>
        <translation>Stop events</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Pausing states</source>
        <translation>Pausing states</translation>
    </message>
    <message>
        <source>Warning at (%)</source>
        <translation>Warning at (%)</translation>
    </message>
    <message>
        <source>On breach</source>
        <translation>On breach</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation>SLA clocks</translation>
    </message>
    <message>
        <source>The SLA policy in force is loaded from the hub.</source>
        <translation>The SLA policy in force is loaded from the hub.</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation>SLA policy</translation>
    </message>
    <message>
        <source>SLA policy version</source>
        <translation>SLA policy version</translation>
    </message>
    <message>
        <source>Why (required): what changes, and the rule or decree it follows</source>
        <translation>Why (required): what changes, and the rule or decree it follows</translation>
    </message>
    <message>
        <source>Reload the SLA policy from the hub</source>
        <translation>Reload the SLA policy from the hub</translation>
    </message>
    <message>
        <source>Publish the SLA policy as a new version</source>
        <translation>Publish the SLA policy as a new version</translation>
    </message>
    <message>
        <source>SLA policy message</source>
        <translation>SLA policy message</translation>
    </message>
    <message>
        <source>Unit of %1</source>
        <translation>Unit of %1</translation>
    </message>
    <message>
        <source>On breach of %1</source>
        <translation>On breach of %1</translation>
    </message>
</context>
<context>
    <name>rabeg::SopPublicationPanel</name>
    <message>
        <source>&amp;Why this version:</source>
        <translation>&amp;Why this version:</translation>
    </message>
    <message>
        <source>e.g. Perbup 12/2026 adds a field check</source>
        <translation>e.g. Perbup 12/2026 adds a field check</translation>
    </message>
    <message>
        <source>Why this version is published</source>
        <translation>Why this version is published</translation>
    </message>
    <message>
        <source>Publications and drafts:</source>
        <translation>Publications and drafts:</translation>
    </message>
    <message>
        <source>Publications and drafts</source>
        <translation>Publications and drafts</translation>
    </message>
    <message>
        <source>Drop the refused publication</source>
        <translation>Drop the refused publication</translation>
    </message>
    <message>
        <source>Open the draft to publish it</source>
        <translation>Open the draft to publish it</translation>
    </message>
</context>
<context>
    <name>rabeg::SopPublications</name>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 of %2</translation>
    </message>
    <message>
        <source>%1: refused by the hub. %2</source>
        <translation>%1: refused by the hub. %2</translation>
    </message>
    <message>
        <source>%1: pending, sent to the hub at the next sync.</source>
        <translation>%1: pending, sent to the hub at the next sync.</translation>
    </message>
    <message>
        <source>Draft of version %1 of %2 by %3: %4</source>
        <translation>Draft of version %1 of %2 by %3: %4</translation>
    </message>
    <message>
        <source>Not sent: say why this version is published.</source>
        <translation>Not sent: say why this version is published.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Draft of version %1 of %2 queued for an admin; it goes to the hub at the next sync.</source>
        <translation>Draft of version %1 of %2 queued for an admin; it goes to the hub at the next sync.</translation>
    </message>
    <message>
        <source>Version %1 of %2 queued for publication; it goes to the hub at the next sync.</source>
        <translation>Version %1 of %2 queued for publication; it goes to the hub at the next sync.</translation>
    </message>
    <message>
        <source>The draft by %1 is open: publish it as it is, or change it and publish your own version.</source>
        <translation>The draft by %1 is open: publish it as it is, or change it and publish your own version.</translation>
    </message>
</context>
<context>
    <name>rabeg::SopStepsModel</name>
    <message>
        <source>A critical step must be done before the complaint is answered.</source>
        <translation>A critical step must be done before the complaint is answered.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
</context>
<context>
    <name>rabeg::SopTemplateEditor</name>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Version %1: %n step(s)</source>
        <translation><numerusform>Version %1: %n step(s)</numerusform><numerusform>Version %1: %n step(s)</numerusform></translation>
    </message>
    <message>
        <source>None yet: the generic checklist applies.</source>
        <translation>None yet: the generic checklist applies.</translation>
    </message>
    <message>
        <source>Publish these steps as the next version</source>
        <translation>Publish these steps as the next version</translation>
    </message>
    <message>
        <source>The file holds no template.</source>
        <translation>The file holds no template.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s) as drafts; each is published as its next version.</source>
        <translation><numerusform>Imported %n template(s) as drafts; each is published as its next version.</numerusform><numerusform>Imported %n template(s) as drafts; each is published as its next version.</numerusform></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Not published: %1</translation>
    </message>
    <message>
        <source>Import SOP templates</source>
        <translation>Import SOP templates</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Export the SOP template</source>
        <translation>Export the SOP template</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>&amp;OPD:</source>
        <translation>&amp;OPD:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>New template, version 1. Until it is published, this OPD uses the generic checklist for this service.</source>
        <translation>New template, version 1. Until it is published, this OPD uses the generic checklist for this service.</translation>
    </message>
    <message>
        <source>Draft of version %1 (changed; version %2 is in force).</source>
        <translation>Draft of version %1 (changed; version %2 is in force).</translation>
    </message>
    <message>
        <source>Draft of version %1, starting from version %2 in force.</source>
        <translation>Draft of version %1, starting from version %2 in force.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>Import JSON…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>No template of this OPD for this service yet: the generic checklist applies.</source>
        <translation>No template of this OPD for this service yet: the generic checklist applies.</translation>
    </message>
    <message>
        <source>Version %1 is in force. Export it as CSV or JSON to prepare the next version in a spreadsheet.</source>
        <translation>Version %1 is in force. Export it as CSV or JSON to prepare the next version in a spreadsheet.</translation>
    </message>
    <message>
        <source>Publishing a version goes through the admin on the hub: export the draft as CSV or JSON and send it to them.</source>
        <translation>Publishing a version goes through the admin on the hub: export the draft as CSV or JSON and send it to them.</translation>
    </message>
    <message>
        <source>Add s&amp;tep</source>
        <translation>Add s&amp;tep</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>Re&amp;move step</translation>
    </message>
    <message>
        <source>Published v&amp;ersions</source>
        <translation>Published v&amp;ersions</translation>
    </message>
    <message>
        <source>Send these steps to an admin as a draft of the next version</source>
        <translation>Send these steps to an admin as a draft of the next version</translation>
    </message>
    <message>
        <source>Submit dra&amp;ft</source>
        <translation>Submit dra&amp;ft</translation>
    </message>
    <message>
        <source>%1 · %2 (deactivated)</source>
        <translation>%1 · %2 (deactivated)</translation>
    </message>
    <message>
        <source>%1 was deactivated by an administrator: it takes no new complaints and no new template version. Its published versions are listed; the complaints that use them keep their checklists.</source>
        <translation>%1 was deactivated by an administrator: it takes no new complaints and no new template version. Its published versions are listed; the complaints that use them keep their checklists.</translation>
    </message>
    <message>
        <source>No new version is published for a deactivated OPD.</source>
        <translation>No new version is published for a deactivated OPD.</translation>
    </message>
</context>
<context>
    <name>rabeg::StallBoardModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Step %1, %2 (%3): %n complaint(s) stalled, median %4 working days at the step, longest %5</source>
        <translation><numerusform>Step %1, %2 (%3): %n complaint(s) stalled, median %4 working days at the step, longest %5</numerusform><numerusform>Step %1, %2 (%3): %n complaint(s) stalled, median %4 working days at the step, longest %5</numerusform></translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
</context>
<context>
    <name>rabeg::StallBoardScreen</name>
    <message>
        <source>Refresh the board</source>
        <translation>Refresh the board</translation>
    </message>
    <message>
        <source>Compute the board again at the hub&apos;s time from this workstation&apos;s cache</source>
        <translation>Compute the board again at the hub&apos;s time from this workstation&apos;s cache</translation>
    </message>
    <message>
        <source>Computing the stall board from the local cache…</source>
        <translation>Computing the stall board from the local cache…</translation>
    </message>
    <message>
        <source>The stall board cannot be computed: %1</source>
        <translation>The stall board cannot be computed: %1</translation>
    </message>
    <message>
        <source>Where the OPDs&apos; SOPs stall, from this workstation&apos;s cache. A complaint of the list below opens with Enter or a double-click.</source>
        <translation>Where the OPDs&apos; SOPs stall, from this workstation&apos;s cache. A complaint of the list below opens with Enter or a double-click.</translation>
    </message>
</context>
<context>
    <name>rabeg::StallBoardView</name>
    <message>
        <source>The stall board cannot be read from this workstation&apos;s cache: %1</source>
        <translation>The stall board cannot be read from this workstation&apos;s cache: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, step %2: %n stalled complaint(s)</source>
        <translation><numerusform>%1, step %2: %n stalled complaint(s)</numerusform><numerusform>%1, step %2: %n stalled complaint(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, every step: %n stalled complaint(s)</source>
        <translation><numerusform>%1, every step: %n stalled complaint(s)</numerusform><numerusform>%1, every step: %n stalled complaint(s)</numerusform></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The stall board has not been computed yet.</source>
        <translation>The stall board has not been computed yet.</translation>
    </message>
    <message>
        <source>%1 of %2 complaints the OPDs are working are stalled at an SOP step, as of %3. Double-click a cell or press Enter to list its complaints.</source>
        <translation>%1 of %2 complaints the OPDs are working are stalled at an SOP step, as of %3. Double-click a cell or press Enter to list its complaints.</translation>
    </message>
    <message>
        <source>Median working days at the step: under 10, 10 to 29, 30 or more. Each line of a cell is one step: how many complaints are stalled there, their median days, the step.</source>
        <translation>Median working days at the step: under 10, 10 to 29, 30 or more. Each line of a cell is one step: how many complaints are stalled there, their median days, the step.</translation>
    </message>
    <message>
        <source>No cell chosen.</source>
        <translation>No cell chosen.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Stalled at</source>
        <translation>Stalled at</translation>
    </message>
    <message>
        <source>Days at step</source>
        <translation>Days at step</translation>
    </message>
    <message>
        <source>Days over</source>
        <translation>Days over</translation>
    </message>
    <message>
        <source>Stalled complaints by OPD and step</source>
        <translation>Stalled complaints by OPD and step</translation>
    </message>
    <message>
        <source>Complaints of the chosen cell</source>
        <translation>Complaints of the chosen cell</translation>
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
    <message>
        <source>session ended: log in again (File menu)</source>
        <translation>session ended: log in again (File menu)</translation>
    </message>
    <message>
        <source>login refused: %1</source>
        <translation>login refused: %1</translation>
    </message>
    <message>
        <source>The hub refused the login: %1</source>
        <translation>The hub refused the login: %1</translation>
    </message>
</context>
<context>
    <name>rabeg::TrainerConsole</name>
    <message>
        <source>Type the time to jump to as %1, e.g. %2.</source>
        <translation>Type the time to jump to as %1, e.g. %2.</translation>
    </message>
    <message>
        <source>Reset the class</source>
        <translation>Reset the class</translation>
    </message>
    <message>
        <source>Start the class again from the scenario&apos;s start? Everything the trainees did in this class is removed; their workstations load the new class by themselves.</source>
        <translation>Start the class again from the scenario&apos;s start? Everything the trainees did in this class is removed; their workstations load the new class by themselves.</translation>
    </message>
    <message>
        <source>Choose a trainee in the scoreboard first.</source>
        <translation>Choose a trainee in the scoreboard first.</translation>
    </message>
    <message>
        <source>Save the result sheet</source>
        <translation>Save the result sheet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Training class</source>
        <translation>Training class</translation>
    </message>
    <message>
        <source>%1 — class %2</source>
        <translation>%1 — class %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>running at x%1</source>
        <translation>running at x%1</translation>
    </message>
    <message>
        <source>Waiting for the training hub…</source>
        <translation>Waiting for the training hub…</translation>
    </message>
    <message>
        <source>Hub time %1 WIB, %2 · %3 of %4 complaints arrived</source>
        <translation>Hub time %1 WIB, %2 · %3 of %4 complaints arrived</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Jump to</source>
        <translation>&amp;Jump to</translation>
    </message>
    <message>
        <source>&amp;Reset class…</source>
        <translation>&amp;Reset class…</translation>
    </message>
    <message>
        <source>Print &amp;result sheet…</source>
        <translation>Print &amp;result sheet…</translation>
    </message>
    <message>
        <source>Jump to this hub time (WIB)</source>
        <translation>Jump to this hub time (WIB)</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>Scoreboard</translation>
    </message>
    <message>
        <source>Run the clock at %1 times real time</source>
        <translation>Run the clock at %1 times real time</translation>
    </message>
    <message>
        <source>&amp;Trainer console</source>
        <translation>&amp;Trainer console</translation>
    </message>
    <message>
        <source>TRAINING / PELATIHAN — a training class: nothing here is a real complaint</source>
        <translation>TRAINING / PELATIHAN — a training class: nothing here is a real complaint</translation>
    </message>
</context>
<context>
    <name>rabeg::TrainerHubClient</name>
    <message>
        <source>The training hub cannot be reached: %1</source>
        <translation>The training hub cannot be reached: %1</translation>
    </message>
</context>
<context>
    <name>rabeg::UserAdminClient</name>
    <message>
        <source>Not signed in to the hub yet: wait for the first sync, then try again.</source>
        <translation>Not signed in to the hub yet: wait for the first sync, then try again.</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translation>The hub refused: %1</translation>
    </message>
</context>
<context>
    <name>rabeg::UserAdminPanel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no: deactivated</source>
        <translation>no: deactivated</translation>
    </message>
    <message>
        <source>Select an account in the table first.</source>
        <translation>Select an account in the table first.</translation>
    </message>
    <message>
        <source>Sending the change to the hub...</source>
        <translation>Sending the change to the hub...</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>Account %1 created.</translation>
    </message>
    <message>
        <source>Role or OPD of %1 changed: their workstation fills its cache afresh at its next sync.</source>
        <translation>Role or OPD of %1 changed: their workstation fills its cache afresh at its next sync.</translation>
    </message>
    <message>
        <source>New password for %1; their sessions have ended.</source>
        <translation>New password for %1; their sessions have ended.</translation>
    </message>
    <message>
        <source>%1 deactivated: the account can no longer log in.</source>
        <translation>%1 deactivated: the account can no longer log in.</translation>
    </message>
    <message>
        <source>%1 reactivated.</source>
        <translation>%1 reactivated.</translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation>&amp;Deactivate...</translation>
    </message>
    <message>
        <source>Reac&amp;tivate...</source>
        <translation>Reac&amp;tivate...</translation>
    </message>
    <message>
        <source>&amp;Accounts (as the hub holds them now)</source>
        <translation>&amp;Accounts (as the hub holds them now)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;New account...</source>
        <translation>&amp;New account...</translation>
    </message>
    <message>
        <source>Change role or &amp;OPD...</source>
        <translation>Change role or &amp;OPD...</translation>
    </message>
    <message>
        <source>Reset &amp;password...</source>
        <translation>Reset &amp;password...</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Change the role or OPD of the selected account</source>
        <translation>Change the role or OPD of the selected account</translation>
    </message>
    <message>
        <source>Reset the password of the selected account</source>
        <translation>Reset the password of the selected account</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the selected account</source>
        <translation>Deactivate or reactivate the selected account</translation>
    </message>
    <message>
        <source>Reload the accounts from the hub</source>
        <translation>Reload the accounts from the hub</translation>
    </message>
</context>
<context>
    <name>rabeg::UserChangeDialog</name>
    <message>
        <source>e.g. transfer per the mayor&apos;s decree 800/112/2026</source>
        <translation>e.g. transfer per the mayor&apos;s decree 800/112/2026</translation>
    </message>
    <message>
        <source>(no OPD)</source>
        <translation>(no OPD)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;OPD (liaisons only):</source>
        <translation>&amp;OPD (liaisons only):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Password a&amp;gain:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>The account can log in at once with this password. At least 10 characters; a sentence of a few words is easier to remember than a clever short one.</source>
        <translation>The account can log in at once with this password. At least 10 characters; a sentence of a few words is easier to remember than a clever short one.</translation>
    </message>
    <message>
        <source>Change role or OPD of %1</source>
        <translation>Change role or OPD of %1</translation>
    </message>
    <message>
        <source>A new role or OPD takes effect at the user&apos;s next sync: their workstation fills its cache afresh for the new scope and keeps what they have not sent yet.</source>
        <translation>A new role or OPD takes effect at the user&apos;s next sync: their workstation fills its cache afresh for the new scope and keeps what they have not sent yet.</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <source>The user&apos;s sessions end now; they log in again with this password.</source>
        <translation>The user&apos;s sessions end now; they log in again with this password.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Deactivate %1</translation>
    </message>
    <message>
        <source>The account can no longer log in and its sessions end now. Nothing it did is deleted, and it can be reactivated.</source>
        <translation>The account can no longer log in and its sessions end now. Nothing it did is deleted, and it can be reactivated.</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Reactivate %1</translation>
    </message>
    <message>
        <source>The account can log in again with its password.</source>
        <translation>The account can log in again with its password.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>OPD (liaisons only)</source>
        <translation>OPD (liaisons only)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the audit of administration with the change.</source>
        <translation>Say why: the reason is kept in the audit of administration with the change.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>The two passwords differ: type the same password twice.</translation>
    </message>
    <message>
        <source>Sending the change to the hub...</source>
        <translation>Sending the change to the hub...</translation>
    </message>
</context>
<context>
    <name>rabeg::VerifyDialog</name>
    <message>
        <source>Verify %1</source>
        <translation>Verify %1</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>&amp;Classification</source>
        <translation>&amp;Classification</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Choose the service the complaint is about.</source>
        <translation>Choose the service the complaint is about.</translation>
    </message>
</context>
<context>
    <name>rabeg::WallDisplay</name>
    <message>
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Hub offline since %1: showing the last data</source>
        <translation>Hub offline since %1: showing the last data</translation>
    </message>
    <message>
        <source>Rabeg wall display</source>
        <translation>Rabeg wall display</translation>
    </message>
    <message>
        <source>Rabeg · Kota Serang complaints</source>
        <translation>Rabeg · Kota Serang complaints</translation>
    </message>
    <message>
        <source>Rabeg · the figures cannot be computed again: %1</source>
        <translation>Rabeg · the figures cannot be computed again: %1</translation>
    </message>
</context>
<context>
    <name>rabeg::WallPanels</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <source>Received today</source>
        <translation>Received today</translation>
    </message>
    <message>
        <source>Responded today</source>
        <translation>Responded today</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <source>Stalled at an SOP step</source>
        <translation>Stalled at an SOP step</translation>
    </message>
</context>
<context>
    <name>rabeg::WeeklyReportDialog</name>
    <message>
        <source>Weekly report</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Week:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Notes and signature</source>
        <translation>Notes and signature</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Kepala Dinas &amp;name:</source>
        <translation>Kepala Dinas &amp;name:</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Print preview…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Save &amp;CSV…</translation>
    </message>
    <message>
        <source>%1 (this week, not over)</source>
        <translation>%1 (this week, not over)</translation>
    </message>
    <message>
        <source>Computing the figures of %1…</source>
        <translation>Computing the figures of %1…</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>No result.</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>The figures could not be computed: %1</translation>
    </message>
    <message>
        <source>The figures are still being computed.</source>
        <translation>The figures are still being computed.</translation>
    </message>
    <message>
        <source>Weekly report %1</source>
        <translation>Weekly report %1</translation>
    </message>
    <message>
        <source>Save the weekly report</source>
        <translation>Save the weekly report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the tables as CSV</source>
        <translation>Save the tables as CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
</context>
</TS>
