<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>DomainText</name>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Not our authority</source>
        <translation>Bukan wewenang</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Didisposisikan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Dalam proses</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Ditanggapi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>record a new complaint</source>
        <translation>mencatat aduan baru</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>memverifikasi</translation>
    </message>
    <message>
        <source>defer</source>
        <translation>menunda</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>melanjutkan</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>menolak</translation>
    </message>
    <message>
        <source>forward as not our authority</source>
        <translation>meneruskan sebagai bukan wewenang</translation>
    </message>
    <message>
        <source>mark as duplicate</source>
        <translation>menandai sebagai duplikat</translation>
    </message>
    <message>
        <source>dispatch to an OPD</source>
        <translation>mendisposisikan ke OPD</translation>
    </message>
    <message>
        <source>return to the command center</source>
        <translation>mengembalikan ke command center</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>menerima aduan di OPD</translation>
    </message>
    <message>
        <source>respond</source>
        <translation>menanggapi</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>membuka kembali</translation>
    </message>
    <message>
        <source>close</source>
        <translation>menutup</translation>
    </message>
    <message>
        <source>escalate to the Ombudsman</source>
        <translation>mengeskalasi ke Ombudsman</translation>
    </message>
    <message>
        <source>assign</source>
        <translation>menugaskan</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>mengambil alih</translation>
    </message>
    <message>
        <source>release</source>
        <translation>melepaskan</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>menambah catatan</translation>
    </message>
    <message>
        <source>tick an SOP step</source>
        <translation>mencentang langkah SOP</translation>
    </message>
    <message>
        <source>reopen an SOP step</source>
        <translation>membuka kembali langkah SOP</translation>
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
        <translation>Pejabat penghubung OPD</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Admin sistem</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
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
        <translation>Datang langsung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <source>SMS 1708</source>
        <translation>SMS 1708</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Belum diklasifikasi</translation>
    </message>
    <message>
        <source>Aspiration</source>
        <translation>Aspirasi</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Permintaan informasi</translation>
    </message>
    <message>
        <source>WIB</source>
        <translation>WIB</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>sisa %1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>lewat %1</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>Silakan pilih alasan dari daftar.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; is not in the list.</source>
        <translation>Alasan &quot;%1&quot; tidak ada dalam daftar.</translation>
    </message>
    <message>
        <source>The reason &quot;other&quot; needs a note that explains it.</source>
        <translation>Alasan &quot;lainnya&quot; harus disertai catatan yang menjelaskannya.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must not be empty.</source>
        <translation>Kolom &quot;%1&quot; wajib diisi.</translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;.</source>
        <translation>Tidak ada layanan dengan kode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no kecamatan with the code &quot;%1&quot;.</source>
        <translation>Tidak ada kecamatan dengan kode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;received_at&quot; is not a valid ISO 8601 time.</source>
        <translation>&quot;received_at&quot; bukan waktu ISO 8601 yang valid.</translation>
    </message>
    <message>
        <source>The stated arrival time must lie within the last 30 days and not in the future.</source>
        <translation>Waktu masuk yang dicantumkan harus berada dalam 30 hari terakhir dan tidak boleh di masa mendatang.</translation>
    </message>
    <message>
        <source>Choose aspirasi, pengaduan or permintaan informasi.</source>
        <translation>Silakan pilih aspirasi, pengaduan, atau permintaan informasi.</translation>
    </message>
    <message>
        <source>There is no category with the id &quot;%1&quot;.</source>
        <translation>Tidak ada kategori dengan id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A corrected title must not be empty.</source>
        <translation>Judul yang diperbaiki tidak boleh kosong.</translation>
    </message>
    <message>
        <source>There is no external agency with the code &quot;%1&quot;.</source>
        <translation>Tidak ada instansi eksternal dengan kode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name the complaint this one duplicates.</source>
        <translation>Sebutkan aduan asal yang diduplikasi oleh aduan ini.</translation>
    </message>
    <message>
        <source>A complaint cannot be a duplicate of itself.</source>
        <translation>Aduan tidak dapat menjadi duplikat dari dirinya sendiri.</translation>
    </message>
    <message>
        <source>There is no OPD with the code &quot;%1&quot;.</source>
        <translation>Tidak ada OPD dengan kode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This complaint has already been escalated to the Ombudsman.</source>
        <translation>Aduan ini sudah dieskalasi ke Ombudsman.</translation>
    </message>
    <message>
        <source>Nobody owns this complaint.</source>
        <translation>Aduan ini belum memiliki penanggung jawab.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; may not %2.</source>
        <translation>Peran &quot;%1&quot; tidak boleh %2.</translation>
    </message>
    <message>
        <source>A complaint with this id already exists.</source>
        <translation>Aduan dengan id ini sudah ada.</translation>
    </message>
    <message>
        <source>There is no such complaint.</source>
        <translation>Aduan tersebut tidak ditemukan.</translation>
    </message>
    <message>
        <source>This complaint is not dispatched to your OPD.</source>
        <translation>Aduan ini tidak didisposisikan ke OPD Anda.</translation>
    </message>
    <message>
        <source>You cannot %1 while the complaint is &quot;%2&quot;.</source>
        <translation>Anda tidak dapat %1 selama aduan berstatus &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Information is incomplete</source>
        <translation>Informasi tidak lengkap</translation>
    </message>
    <message>
        <source>The location is unclear</source>
        <translation>Lokasi tidak jelas</translation>
    </message>
    <message>
        <source>Supporting evidence is needed</source>
        <translation>Diperlukan bukti pendukung</translation>
    </message>
    <message>
        <source>Wrong format</source>
        <translation>Kesalahan format</translation>
    </message>
    <message>
        <source>Other (see note)</source>
        <translation>Lainnya (lihat catatan)</translation>
    </message>
    <message>
        <source>Too general</source>
        <translation>Masukan terlalu umum</translation>
    </message>
    <message>
        <source>Not about the performance of a public service</source>
        <translation>Tidak relevan dengan kinerja pelayanan publik</translation>
    </message>
    <message>
        <source>Abusive or offensive content</source>
        <translation>Mengandung kata-kata kasar atau menyinggung</translation>
    </message>
    <message>
        <source>Spam or a test message</source>
        <translation>Spam atau pesan uji coba</translation>
    </message>
    <message>
        <source>The reporter did not supply the information asked</source>
        <translation>Pelapor tidak melengkapi informasi yang diminta</translation>
    </message>
    <message>
        <source>Not this OPD&apos;s duty</source>
        <translation>Bukan tugas dan fungsi OPD ini</translation>
    </message>
    <message>
        <source>Belongs to another OPD</source>
        <translation>Merupakan wewenang OPD lain</translation>
    </message>
    <message>
        <source>Outside this office&apos;s area</source>
        <translation>Di luar wilayah kerja instansi ini</translation>
    </message>
    <message>
        <source>Not enough information to act on</source>
        <translation>Informasi tidak cukup untuk ditindaklanjuti</translation>
    </message>
</context>
<context>
    <name>rabeg::ComplaintPreview</name>
    <message>
        <source>Select a complaint to read it here.</source>
        <translation>Pilih aduan untuk membacanya di sini.</translation>
    </message>
    <message>
        <source>Complaint received</source>
        <translation>Aduan diterima</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Diverifikasi</translation>
    </message>
    <message>
        <source>Deferred: %1</source>
        <translation>Ditunda: %1</translation>
    </message>
    <message>
        <source>Resumed after the reporter answered</source>
        <translation>Dilanjutkan setelah pelapor menjawab</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
    <message>
        <source>Not our authority, forwarded to %1</source>
        <translation>Bukan wewenang, diteruskan ke %1</translation>
    </message>
    <message>
        <source>Marked as a duplicate</source>
        <translation>Ditandai sebagai duplikat</translation>
    </message>
    <message>
        <source>Dispatched to %1</source>
        <translation>Didisposisikan ke %1</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>Dikembalikan oleh %1: %2</translation>
    </message>
    <message>
        <source>Acknowledged by the OPD</source>
        <translation>Diterima OPD</translation>
    </message>
    <message>
        <source>Responded: %1</source>
        <translation>Ditanggapi: %1</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation>Dibuka kembali: %1</translation>
    </message>
    <message>
        <source>Closed automatically (no reply from the reporter)</source>
        <translation>Selesai otomatis (tidak ada balasan dari pelapor)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Escalated to the Ombudsman: %1</source>
        <translation>Dieskalasi ke Ombudsman: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Ditugaskan kepada %1</translation>
    </message>
    <message>
        <source>Released by %1</source>
        <translation>Dilepas oleh %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>(an event this version does not know: %1)</source>
        <translation>(peristiwa yang tidak dikenali versi ini: %1)</translation>
    </message>
    <message>
        <source>SOP step done: %1</source>
        <translation>Langkah SOP selesai: %1</translation>
    </message>
    <message>
        <source>SOP step reopened: %1</source>
        <translation>Langkah SOP dibuka kembali: %1</translation>
    </message>
    <message>
        <source>Anonymous: the identity is hidden</source>
        <translation>Anonim: identitas disembunyikan</translation>
    </message>
    <message>
        <source>Shown only on request from the hub</source>
        <translation>Hanya ditampilkan atas permintaan dari hub</translation>
    </message>
    <message>
        <source>Confidential: never public</source>
        <translation>Rahasia: tidak pernah dipublikasikan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>escalated to the Ombudsman</source>
        <translation>dieskalasi ke Ombudsman</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>not determined yet</source>
        <translation>belum ditentukan</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>mendekati tenggat</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <source>met</source>
        <translation>terpenuhi</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Tenggat</translation>
    </message>
</context>
<context>
    <name>rabeg::InboxModel</name>
    <message>
        <source>The local cache cannot be read. Close Rabeg and check the disk; details are in the log.</source>
        <translation>Cache lokal tidak dapat dibaca. Tutup Rabeg dan periksa disk; rinciannya ada di log.</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Ombudsman</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Tenggat terdekat</translation>
    </message>
</context>
<context>
    <name>rabeg::InboxView</name>
    <message>
        <source>This complaint cannot be read from the local cache.</source>
        <translation>Aduan ini tidak dapat dibaca dari cache lokal.</translation>
    </message>
    <message>
        <source>Inbox — %1 complaints in the local cache</source>
        <translation>Kotak masuk — %1 aduan di cache lokal</translation>
    </message>
    <message>
        <source>Escalated to the Ombudsman — %1 complaints</source>
        <translation>Dieskalasi ke Ombudsman — %1 aduan</translation>
    </message>
    <message>
        <source>&amp;Escalated only</source>
        <translation>Hanya yang di&amp;eskalasi</translation>
    </message>
</context>
<context>
    <name>rabeg::MainWindow</name>
    <message>
        <source>Rabeg — Kota Serang complaint command center</source>
        <translation>Rabeg — Pusat komando aduan Kota Serang</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Bant&amp;uan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Reload the inbox</source>
        <translation>&amp;Muat ulang kotak masuk</translation>
    </message>
    <message>
        <source>&amp;About Rabeg</source>
        <translation>&amp;Tentang Rabeg</translation>
    </message>
    <message>
        <source>Local cache: %1</source>
        <translation>Cache lokal: %1</translation>
    </message>
    <message>
        <source>About Rabeg</source>
        <translation>Tentang Rabeg</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rabeg&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The command center for public-service complaints of Kota Serang (SP4N-LAPOR!).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rabeg&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Pusat komando aduan pelayanan publik Kota Serang (SP4N-LAPOR!).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(TRAINING)</source>
        <translation>(PELATIHAN)</translation>
    </message>
    <message>
        <source>(DEMO DATA)</source>
        <translation>(DATA DEMO)</translation>
    </message>
</context>
<context>
    <name>rabeg::SyncStatusLabel</name>
    <message>
        <source>Sync stopped</source>
        <translation>Sinkronisasi berhenti</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Menghubungkan ke hub…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Daring</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>tersinkron %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n tertunda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n konflik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n ditolak</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Masalah terakhir: %1</translation>
    </message>
</context>
</TS>
