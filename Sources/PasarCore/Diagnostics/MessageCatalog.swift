/// The Indonesian of every message, by its English template (see `LocalizedText`). `{0}`, `{1}` … are
/// the values in the order the English names them; a translation may use them in any order or leave
/// one out (an English plural ending). A literal brace is doubled.
public enum MessageCatalog {
    public static let indonesian: [String: String] = [
        "\"{0}\" has no letters or digits, so it is no complaint number":
            "\"{0}\" tidak berisi huruf atau angka, jadi bukan nomor pengaduan",
        "e.g. pasar lacak ADU-202412-0001":
            "mis. pasar lacak ADU-202412-0001",
        "no complaint numbered \"{0}\" in the database (as of {1})":
            "tidak ada pengaduan bernomor \"{0}\" di basis data (data per {1})",
        "check the number with the complainant; case, spaces and dashes do not matter":
            "periksa nomornya bersama pelapor; huruf besar/kecil, spasi dan tanda hubung tidak berpengaruh",
        "pasar lacak: {0}, data as of {1}":
            "pasar lacak: {0}, data per {1}",
        "{0} is rahasia: it is counted in the figures, but the lookup page answers for it exactly as for a number that does not exist":
            "{0} rahasia: pengaduan ini dihitung dalam angka, tetapi halaman lacak menjawabnya persis seperti nomor yang tidak ada",
        "send no link; tell the complainant its status directly":
            "jangan kirim tautan; sampaikan statusnya langsung kepada pelapor",
        "{0} was received {1}, after the as-of moment: the next build does not publish it yet":
            "{0} diterima {1}, sesudah waktu data: build berikutnya belum menerbitkannya",
        "{0} is counted, but the lookup page cannot show it: {1}":
            "{0} dihitung, tetapi halaman lacak tidak dapat menampilkannya: {1}",
        "correct the record in the database (pasar check lists it), then build again":
            "perbaiki catatannya di basis data (tercantum di pasar check), lalu build lagi",
        "link to send: {0}":
            "tautan untuk dikirim: {0}",
        "(an address on the site: set base_url in content/site.yml to print the whole address)":
            "(alamat di dalam situs: isi base_url di content/site.yml agar alamat lengkap dicetak)",
        "{0} · {1} · {2} · received {3}":
            "{0} · {1} · {2} · diterima {3}",
        "standard when received: first response within {0} (by {1}), resolution within {2} (by {3})":
            "standar saat diterima: tanggapan pertama paling lama {0} (batas {1}), penyelesaian paling lama {2} (batas {3})",
        "anonim: the page shows no reporter detail":
            "anonim: halaman tidak menampilkan keterangan pelapor",
        "public summary: {0}":
            "ringkasan publik: {0}",
        "first response {0}: within the standard":
            "tanggapan pertama {0}: sesuai standar",
        "first response {0}: later than the standard":
            "tanggapan pertama {0}: melewati standar",
        "no first response recorded":
            "tidak ada tanggapan pertama yang tercatat",
        "no first response yet: past its deadline":
            "belum ada tanggapan pertama: sudah melewati batas",
        "no first response yet: still within its deadline":
            "belum ada tanggapan pertama: masih dalam batas",
        "resolved {0}, after {1} working day(s): within the standard":
            "selesai {0}, sesudah {1} hari kerja: sesuai standar",
        "resolved {0}, after {1} working day(s): later than the standard":
            "selesai {0}, sesudah {1} hari kerja: melewati standar",
        "rejected {0} (not counted against the resolution standard)":
            "ditolak {0} (tidak dinilai terhadap standar penyelesaian)",
        "still open after {0} working day(s): past its resolution deadline":
            "masih terbuka sesudah {0} hari kerja: sudah melewati batas penyelesaian",
        "still open after {0} working day(s): within its resolution deadline":
            "masih terbuka sesudah {0} hari kerja: masih dalam batas penyelesaian",
        "zlib could not start compressing":
            "zlib tidak dapat mulai memampatkan",
        "zlib could not compress ({0})":
            "zlib tidak dapat memampatkan ({0})",
        "cannot write the scratch records: {0}":
            "tidak dapat menulis catatan sementara: {0}",
        "cannot read the scratch records: {0}":
            "tidak dapat membaca catatan sementara: {0}",
        "{0} \"{1}\" is before {2} (an empty date stored as 1970?)":
            "{0} \"{1}\" sebelum tahun {2} (tanggal kosong tersimpan sebagai 1970?)",
        "the default as-of moment leaves out {0} time(s) that cannot be real recordings: {1}; the complaints concerned: {2}":
            "waktu data bawaan tidak memakai {0} waktu yang tidak mungkin merupakan catatan sungguhan: {1}; pengaduannya: {2}",
        "{0} later than the day after the database says it was written (meta.written_at {1})":
            "{0} lebih lambat daripada sehari sesudah basis data ditulis (meta.written_at {1})",
        "{0} far beyond every other time (over a year after them, or after 2100)":
            "{0} jauh melampaui semua waktu lain (lebih dari setahun sesudahnya, atau sesudah tahun 2100)",
        "if they are real, build with --as-of {0}; if they are typing mistakes, correct them in the database":
            "bila waktu itu sungguhan, bangun dengan --as-of {0}; bila salah ketik, perbaiki di basis data",
        "correct them in the database":
            "perbaiki di basis data",
        "it is not counted yet":
            "pengaduan ini belum dihitung",
        "it counts as still open then":
            "pengaduan ini dihitung masih terbuka pada waktu itu",
        "{0} after the as-of moment, which leaves it out as it cannot be real; {1}":
            "{0} sesudah waktu data, yang tidak memakainya karena tidak mungkin sungguhan; {1}",
        "the newest {0} time(s) come after {1} days with nothing recorded, and the as-of moment includes them: {2}":
            "{0} waktu terbaru datang sesudah {1} hari tanpa catatan apa pun, dan waktu data memakainya: {2}",
        "a thinning export looks like this, and so does a mistyped date: correct any that is wrong; to publish as of the end of the busy period, build with --as-of {0}":
            "ekspor yang menipis tampak seperti ini, begitu juga tanggal yang salah ketik: perbaiki yang salah; untuk menerbitkan per akhir masa ramai, bangun dengan --as-of {0}",
        "meta.written_at {0} does not bound the data: complaint times changed after pasar import recorded it (another program writes to the database), so no time was left out for it":
            "meta.written_at {0} tidak membatasi data: waktu pengaduan berubah sesudah pasar import mencatatnya (ada program lain yang menulis ke basis data), jadi tidak ada waktu yang ditinggalkan karenanya",
        "import with pasar import again to record a new moment, or delete written_at from the meta table":
            "impor lagi dengan pasar import untuk mencatat waktu baru, atau hapus written_at dari tabel meta",
        "{0} (and {1} more)":
            "{0} (dan {1} lagi)",
        "the latest timestamp in the database that can be real, leaving out {0} that cannot (pasar check names them)":
            "waktu terbaru di basis data yang mungkin sungguhan, tanpa {0} waktu yang tidak mungkin (disebut pasar check)",
        "cannot read the complaints' times: {0}":
            "tidak dapat membaca waktu pengaduan: {0}",
        "\nResult: {0}; {1} error(s), {2} warning(s).":
            "\nHasil: {0}; {1} kesalahan, {2} peringatan.",
        "\n{0} ({1}):":
            "\n{0} ({1}):",
        "  as of {0} ({1})":
            "  data per {0} ({1})",
        "  columns not used: {0}":
            "  kolom yang tidak dipakai: {0}",
        "  created the database with the schema and the seven standard categories":
            "  basis data dibuat dengan skema dan tujuh kategori baku",
        "  sample data: every page says DATA CONTOH":
            "  data contoh: setiap halaman bertanda DATA CONTOH",
        "  scrubbed from public summaries before publication: {0} phone number(s), {1} e-mail address(es), {2} NIK number(s)":
            "  disamarkan dari ringkasan sebelum terbit: {0} nomor telepon, {1} alamat surel, {2} NIK",
        "  the rejected rows, with line and reason: {0}":
            "  baris yang ditolak, dengan baris dan alasannya: {0}",
        "  {0} file(s) written, {1} unchanged since the last build kept as they were":
            "  {0} berkas ditulis, {1} yang tidak berubah sejak build terakhir dibiarkan",
        "  {0} inserted, {1} updated, {2} unchanged, {3} rejected":
            "  {0} ditambahkan, {1} diperbarui, {2} tidak berubah, {3} ditolak",
        "  {0} markets; checksum {1}":
            "  {0} pasar; checksum {1}",
        "  {0} markets; {1} complaints in the database: {2} counted, {3} excluded from time statistics (listed on kualitas-data/), {4} received after the as-of moment":
            "  {0} pasar; {1} pengaduan di basis data: {2} dihitung, {3} dikecualikan dari statistik waktu (didaftar di kualitas-data/), {4} diterima sesudah waktu data",
        "  {0} s":
            "  {0} detik",
        "  … and {0} more kinds of warning: run pasar check":
            "  … dan {0} jenis peringatan lain: jalankan pasar check",
        " (and {0} more like this)":
            " (dan {0} lagi yang sejenis)",
        " (did you mean \"{0}\"?)":
            " (maksudnya \"{0}\"?)",
        " (import the {0} first: pasar import FILE --table {1})":
            " (impor {0} lebih dulu: pasar import BERKAS --table {1})",
        " (left out of the satisfaction index)":
            " (tidak dipakai dalam indeks kepuasan)",
        " (left out of time statistics)":
            " (dikecualikan dari statistik waktu)",
        "\"{0}\" cannot be a file name in a web address":
            "\"{0}\" tidak dapat menjadi nama berkas dalam alamat web",
        "\"{0}\" cannot be a market id":
            "\"{0}\" tidak dapat menjadi id pasar",
        "\"{0}\" cannot be part of a web address":
            "\"{0}\" tidak dapat menjadi bagian alamat web",
        "\"{0}\" cannot be used in a web address: {1}":
            "\"{0}\" tidak dapat dipakai dalam alamat web: {1}",
        "\"{0}\" does not start with a whole number greater than 0":
            "\"{0}\" tidak diawali bilangan bulat lebih dari 0",
        "\"{0}\" has a time that is not hh:mm or hh:mm:ss":
            "jam pada \"{0}\" bukan hh:mm atau hh:mm:ss",
        "\"{0}\" is longer than any response standard can be (at most {1}, about ten years)":
            "\"{0}\" lebih lama daripada standar tanggapan mana pun (paling lama {1}, sekitar sepuluh tahun)",
        "\"{0}\" is not a date: write 2025-03-04, 04/03/2025 or 04-03-2025, with a time such as 09:30 if known":
            "\"{0}\" bukan tanggal: tulis 2025-03-04, 04/03/2025 atau 04-03-2025, dengan jam seperti 09:30 bila diketahui",
        "\"{0}\" is not a market id":
            "\"{0}\" bukan id pasar",
        "\"{0}\" is not a month":
            "\"{0}\" bukan bulan",
        "\"{0}\" is not a status: diterima, diverifikasi, diproses, selesai or ditolak (or received, in progress, resolved, rejected)":
            "\"{0}\" bukan status: diterima, diverifikasi, diproses, selesai atau ditolak (atau received, in progress, resolved, rejected)",
        "\"{0}\" is not a whole number":
            "\"{0}\" bukan bilangan bulat",
        "\"{0}\" is not biasa, anonim or rahasia":
            "\"{0}\" bukan biasa, anonim atau rahasia",
        "\"{0}\" is not in the {1} table":
            "\"{0}\" tidak ada di tabel {1}",
        "\"{0}\" is outside the years {1}–{2}":
            "\"{0}\" di luar tahun {1}–{2}",
        "--as-of \"{0}\" is not between {1} and {2}":
            "--as-of \"{0}\" tidak di antara tahun {1} dan {2}",
        "--as-of \"{0}\" {1}":
            "--as-of \"{0}\" {1}",
        "--expires {0} is before the date {1}":
            "--expires {0} lebih awal daripada tanggal {1}",
        "--strict: {0} warning(s), so nothing was published; the output is as it was":
            "--strict: ada {0} peringatan, jadi tidak ada yang diterbitkan; keluaran tetap seperti semula",
        "--time \"{0}\" is not a time in WIB":
            "--time \"{0}\" bukan jam WIB",
        "English translation without its Indonesian original":
            "terjemahan bahasa Inggris tanpa naskah bahasa Indonesianya",
        "Errors":
            "Kesalahan",
        "Perpres 76/2013 gives 60 days to resolve a complaint; see docs/content.md for the limits pasar accepts":
            "Perpres 76/2013 memberi 60 hari untuk menyelesaikan pengaduan; batas yang diterima pasar ada di docs/content.md",
        "SOURCE_DATE_EPOCH must be whole seconds since 1970, found \"{0}\"":
            "SOURCE_DATE_EPOCH harus detik bulat sejak 1970, ditemukan \"{0}\"",
        "SOURCE_DATE_EPOCH {0} is not between {1} and {2}":
            "SOURCE_DATE_EPOCH {0} tidak di antara {1} dan {2}",
        "The build failed; the preview shows the last site that built. Fix this and save: the page reloads.":
            "Build gagal; pratinjau menampilkan situs terakhir yang berhasil dibangun. Perbaiki lalu simpan: halaman akan dimuat ulang.",
        "Warnings":
            "Peringatan",
        "a background computation did not finish":
            "perhitungan latar belakang tidak selesai",
        "a build as of {0} would publish {1} pages":
            "build per {0} akan menerbitkan {1} halaman",
        "a build would fail":
            "build akan gagal",
        "a folder that pasar did not make is in the way":
            "ada folder yang bukan buatan pasar menghalangi",
        "a key must be a plain word":
            "kunci harus berupa kata biasa",
        "a list":
            "daftar",
        "a quote that is opened and never closed is the usual cause":
            "penyebab yang biasa: tanda petik yang dibuka tetapi tidak ditutup",
        "a single value":
            "satu nilai",
        "a version takes effect {0}, after the as-of date {1}: pages show it as announced, and no complaint is judged by it yet":
            "sebuah versi berlaku mulai {0}, sesudah waktu data {1}: halaman menampilkannya sebagai akan berlaku, dan belum ada pengaduan yang dinilai dengannya",
        "adapt it to this market, or delete it so the regency standard applies":
            "sesuaikan untuk pasar ini, atau hapus agar standar kabupaten yang berlaku",
        "add `extends: default` to themes/{0}/theme.yml to inherit them":
            "tambahkan `extends: default` ke themes/{0}/theme.yml untuk mewarisinya",
        "add a heading for each, or list it under not_applicable with the reason, e.g. not_applicable: {{{0}: \"...\"}}":
            "tambahkan judul bagian untuk masing-masing, atau cantumkan di not_applicable dengan alasannya, mis. not_applicable: {{{0}: \"...\"}}",
        "add a line with only '---' after the front matter":
            "tambahkan baris yang hanya berisi '---' sesudah front matter",
        "add base_url: https://… (the address the site is published at)":
            "tambahkan base_url: https://… (alamat tempat situs diterbitkan)",
        "add last_reviewed: YYYY-MM-DD to the front matter after each review":
            "tambahkan last_reviewed: YYYY-MM-DD ke front matter setiap selesai meninjau",
        "add the holidays for the missing period and extend covers":
            "tambahkan hari libur untuk periode yang kurang dan perpanjang covers",
        "add {0}: {{respond: …, resolve: …}} under response_standard":
            "tambahkan {0}: {{respond: …, resolve: …}} di bawah response_standard",
        "an alias":
            "alias",
        "an edition file must be named YYYY-MM.json":
            "berkas edisi harus bernama YYYY-MM.json",
        "another pasar serve or web server is running there; pass --port {0}":
            "pasar serve lain atau server web sedang memakainya; pakai --port {0}",
        "base_url is not set, so the site has no feed.xml, sitemap.xml or data/catalog.jsonld and citations use site-relative addresses":
            "base_url belum diisi, jadi situs tidak punya feed.xml, sitemap.xml atau data/catalog.jsonld, dan kutipan memakai alamat relatif",
        "base_url must be an absolute http:// or https:// address, found \"{0}\"":
            "base_url harus alamat lengkap http:// atau https://, ditemukan \"{0}\"",
        "build again when it has finished, or build from a copy of the file":
            "build lagi sesudah program itu selesai, atau build dari salinan berkasnya",
        "built: {0} file(s) written in {1} s":
            "dibangun: {0} berkas ditulis dalam {1} detik",
        "cannot add the market to the database: {0}":
            "tidak dapat menambahkan pasar ke basis data: {0}",
        "cannot change the standard: {0}":
            "tidak dapat mengubah standar: {0}",
        "cannot count the complaints: {0}":
            "tidak dapat menghitung pengaduan: {0}",
        "cannot create the database: {0}":
            "tidak dapat membuat basis data: {0}",
        "cannot create the file":
            "tidak dapat membuat berkas",
        "cannot create the file: {0}":
            "tidak dapat membuat berkas: {0}",
        "cannot create the folder: {0}":
            "tidak dapat membuat folder: {0}",
        "cannot create the lock file beside the output folder: {0}":
            "tidak dapat membuat berkas kunci di samping folder keluaran: {0}",
        "cannot create the staging folder: {0}":
            "tidak dapat membuat folder sementara: {0}",
        "cannot list the folder: {0}":
            "tidak dapat membaca isi folder: {0}",
        "cannot lock the output folder: {0}":
            "tidak dapat mengunci folder keluaran: {0}",
        "cannot make the benchmark site: {0}":
            "tidak dapat membuat situs bench: {0}",
        "cannot mark the benchmark site ready: {0}":
            "tidak dapat menandai situs bench siap: {0}",
        "cannot move the previous site aside: {0}":
            "tidak dapat memindahkan situs sebelumnya: {0}",
        "cannot open the database read-only: {0}":
            "tidak dapat membuka basis data hanya-baca: {0}",
        "cannot prepare the page for template {0}: {1}":
            "tidak dapat menyiapkan halaman untuk templat {0}: {1}",
        "cannot put the new site in place: {0}":
            "tidak dapat memasang situs baru: {0}",
        "cannot put the previous site back: {0}":
            "tidak dapat mengembalikan situs sebelumnya: {0}",
        "cannot read YAML: {0}":
            "tidak dapat membaca YAML: {0}",
        "cannot read asset: {0}":
            "tidak dapat membaca aset: {0}",
        "cannot read the complaints: {0}":
            "tidak dapat membaca pengaduan: {0}",
        "cannot read the database: {0}":
            "tidak dapat membaca basis data: {0}",
        "cannot read the file":
            "tidak dapat membaca berkas",
        "cannot read the file as CSV: {0}":
            "berkas tidak dapat dibaca sebagai CSV: {0}",
        "cannot read the file: {0}":
            "tidak dapat membaca berkas: {0}",
        "cannot read the staged file back":
            "tidak dapat membaca kembali berkas sementara",
        "cannot read the timings: {0}":
            "tidak dapat membaca catatan waktu: {0}",
        "cannot refresh the benchmark site's theme and pages: {0}":
            "tidak dapat memperbarui tema dan halaman situs bench: {0}",
        "cannot run pasar build: {0}":
            "tidak dapat menjalankan pasar build: {0}",
        "cannot tell which table the file is for from its headings ({0})":
            "tabel tujuan tidak dapat dikenali dari judul kolom berkas ({0})",
        "cannot use port {0}: {1}":
            "tidak dapat memakai port {0}: {1}",
        "cannot write the ZIP of the data files: {0}":
            "tidak dapat menulis ZIP berkas data: {0}",
        "cannot write the data files: {0}":
            "tidak dapat menulis berkas data: {0}",
        "cannot write the database: {0}":
            "tidak dapat menulis basis data: {0}",
        "cannot write the edition: {0}":
            "tidak dapat menulis edisi: {0}",
        "cannot write the file: {0}":
            "tidak dapat menulis berkas: {0}",
        "cannot write the new site: {0}":
            "tidak dapat menulis situs baru: {0}",
        "cannot write the sample database: {0}":
            "tidak dapat menulis basis data contoh: {0}",
        "cannot write the synthetic database: {0}":
            "tidak dapat menulis basis data sintetis: {0}",
        "cannot write the timings: {0}":
            "tidak dapat menulis catatan waktu: {0}",
        "category \"{0}\" has no response standard of its own; the regency default applies":
            "kategori \"{0}\" belum punya standar tanggapan sendiri; default kabupaten berlaku",
        "category_id \"{0}\" is not in the categories table":
            "category_id \"{0}\" tidak ada di tabel categories",
        "check --db / database: in content/site.yml":
            "periksa --db / database: di content/site.yml",
        "check free disk space and permissions; {0} was left as it was":
            "periksa ruang disk dan izin; {0} dibiarkan seperti semula",
        "check the indentation and that text containing ':' or '#' is in quotes":
            "periksa indentasi, dan bahwa teks yang memuat ':' atau '#' diberi tanda petik",
        "check the number and the unit (jam, hari, hari kerja)":
            "periksa angka dan satuannya (jam, hari, hari kerja)",
        "choose a new or empty folder: pasar init FOLDER":
            "pilih folder baru atau kosong: pasar init FOLDER",
        "choose an empty or new folder with --out, or remove this one yourself":
            "pilih folder kosong atau baru dengan --out, atau hapus sendiri folder ini",
        "choose another --out":
            "pilih --out yang lain",
        "choose another path with --db":
            "pilih jalur lain dengan --db",
        "commands: {0}; pasar --help explains each":
            "perintah: {0}; pasar --help menjelaskan masing-masing",
        "confidentiality \"{0}\" is not biasa, anonim or rahasia (treated as rahasia)":
            "confidentiality \"{0}\" bukan biasa, anonim atau rahasia (diperlakukan sebagai rahasia)",
        "correct the rows listed above, or pass --skip-invalid to import the others and write the invalid ones to a file beside the input":
            "perbaiki baris di atas, atau pakai --skip-invalid untuk mengimpor yang lain dan menulis yang tidak sah ke berkas di samping berkas masukan",
        "covers.from must not be later than covers.to":
            "covers.from tidak boleh lebih lambat dari covers.to",
        "create editions with pasar release YYYY-MM":
            "buat edisi dengan pasar release YYYY-MM",
        "create it with a response_standard default for every complaint (see docs/content.md)":
            "buat dengan default response_standard untuk semua pengaduan (lihat docs/content.md)",
        "create {0}/{1}.md or rename this file":
            "buat {0}/{1}.md atau ganti nama berkas ini",
        "database is not readable (check file permissions)":
            "basis data tidak dapat dibaca (periksa izin berkas)",
        "database not found":
            "basis data tidak ditemukan",
        "did you mean \"pasar {0}\"? Commands: {1}":
            "maksudnya \"pasar {0}\"? Perintah: {1}",
        "did you mean \"{0}\"?":
            "maksudnya \"{0}\"?",
        "did you mean \"{0}\"? ":
            "maksudnya \"{0}\"? ",
        "e.g. --as-of 2026-06-30 or --as-of 2026-06-30T12:00:00+07:00":
            "mis. --as-of 2026-06-30 atau --as-of 2026-06-30T12:00:00+07:00",
        "e.g. base_url: https://pasar.sukamajukab.go.id/":
            "mis. base_url: https://pasar.sukamajukab.go.id/",
        "e.g. default: {{respond: 1 hari kerja, resolve: 14 hari kerja}}":
            "mis. default: {{respond: 1 hari kerja, resolve: 14 hari kerja}}",
        "edit it, or choose another id":
            "sunting berkas itu, atau pilih id lain",
        "every site needs content/site.yml; see docs/content.md":
            "setiap situs memerlukan content/site.yml; lihat docs/content.md",
        "expected a time in WIB such as 09.00 or 09.00-12.00, found \"{0}\"":
            "diharapkan jam WIB seperti 09.00 atau 09.00-12.00, tertulis \"{0}\"",
        "expires ({0}) is before date ({1})":
            "expires ({0}) lebih awal daripada date ({1})",
        "file not found":
            "berkas tidak ditemukan",
        "file not found or not readable":
            "berkas tidak ditemukan atau tidak dapat dibaca",
        "first_response_at is earlier than received_at":
            "first_response_at lebih awal daripada received_at",
        "fix them (listed below, all in pasar check), or build without --strict":
            "perbaiki (tercantum di bawah, semuanya di pasar check), atau build tanpa --strict",
        "freeze the last complete month with pasar release --latest (a monthly scheduled job: docs/editions.md)":
            "bekukan bulan lengkap terakhir dengan pasar release --latest (jadwal bulanan: docs/editions.md)",
        "from --as-of":
            "dari --as-of",
        "from SOURCE_DATE_EPOCH":
            "dari SOURCE_DATE_EPOCH",
        "front matter starts with '---' but is never closed":
            "front matter diawali '---' tetapi tidak pernah ditutup",
        "frozen editions do not change; pass --force only to replace a wrong edition (its revision history is in version control)":
            "edisi beku tidak berubah; pakai --force hanya untuk mengganti edisi yang salah (riwayatnya ada di repositori)",
        "frozen figures must not be edited; restore the file from version control, or freeze the month again with pasar release {0} --force":
            "angka beku tidak boleh disunting; pulihkan berkas dari repositori, atau bekukan lagi bulannya dengan pasar release {0} --force",
        "give respond, resolve or both":
            "isi respond, resolve atau keduanya",
        "has a month, day, hour or offset out of range":
            "bulan, hari, jam atau zona waktunya di luar jangkauan",
        "has no time-zone offset (add +07:00 for WIB)":
            "tidak punya zona waktu (tambahkan +07:00 untuk WIB)",
        "how_to_complain names the page \"{0}\", but {1}/{2}.md does not exist":
            "how_to_complain menyebut halaman \"{0}\", tetapi {1}/{2}.md tidak ada",
        "id \"{0}\" appears more than once":
            "id \"{0}\" muncul lebih dari sekali",
        "if it is a duplicate, close it as ditolak so it is not counted twice in time statistics":
            "bila memang ganda, tutup sebagai ditolak agar tidak dihitung dua kali dalam statistik waktu",
        "if {0} should keep the regency limit, add it under response_standard":
            "bila {0} harus tetap memakai batas kabupaten, tambahkan di bawah response_standard",
        "invalid YAML: {0}":
            "YAML tidak sah: {0}",
        "is empty":
            "kosong",
        "it counts seconds since 1970-01-01 UTC, e.g. 1767157200 for 2025-12-31 12:00 WIB":
            "nilainya detik sejak 1970-01-01 UTC, mis. 1767157200 untuk 2025-12-31 12.00 WIB",
        "its messages are in that file":
            "pesannya ada di berkas itu",
        "keep one row per id (docs/database.md makes id the PRIMARY KEY)":
            "simpan satu baris per id (docs/database.md menjadikan id PRIMARY KEY)",
        "keys and values":
            "kunci dan nilai",
        "last reviewed {0}, more than a year before the as-of date {1}":
            "terakhir ditinjau {0}, lebih dari setahun sebelum waktu data {1}",
        "leave effective out of the oldest version if it applied from the beginning, or add the version that applied before":
            "hapus effective dari versi tertua bila berlaku sejak awal, atau tambahkan versi yang berlaku sebelumnya",
        "leave out --add-to-database to write only the document":
            "tanpa --add-to-database untuk menulis dokumennya saja",
        "market \"{0}\" has no standard document; the regency-wide standard applies":
            "pasar \"{0}\" belum punya dokumen standar sendiri; standar kabupaten berlaku",
        "market \"{0}\" is already in the markets table":
            "pasar \"{0}\" sudah ada di tabel markets",
        "market \"{0}\" is not in the database's markets table":
            "pasar \"{0}\" tidak ada di tabel markets basis data",
        "market_id \"{0}\" is not in the markets table":
            "market_id \"{0}\" tidak ada di tabel markets",
        "missing column{0} {1}":
            "kolom yang tidak ada: {1}",
        "missing key \"{0}\"":
            "kunci \"{0}\" tidak ada",
        "missing string{0} {1}":
            "teks yang kurang: {1}",
        "missing {0} of the 14 service-standard components: {1}":
            "kurang {0} dari 14 komponen standar pelayanan: {1}",
        "name the columns as docs/import.md lists, e.g. {0}":
            "beri judul kolom seperti daftar di docs/import.md, mis. {0}",
        "name the table with --table complaints, markets or categories, and the columns as docs/import.md lists":
            "sebut tabelnya dengan --table complaints, markets atau categories, dan beri judul kolom seperti di docs/import.md",
        "next: commit {0}, then pasar build":
            "berikutnya: commit {0}, lalu pasar build",
        "next: complete the 14 components in the document, then pasar check":
            "berikutnya: lengkapi 14 komponen di dokumen itu, lalu pasar check",
        "next: complete the activity in the document, then pasar check":
            "berikutnya: lengkapi kegiatan di dokumen itu, lalu pasar check",
        "next: edit content/site.yml and content/pasar/_default.md, import data with pasar import FILE.csv, then pasar check and pasar build (in {0})":
            "berikutnya: sunting content/site.yml dan content/pasar/_default.md, masukkan data dengan pasar import BERKAS.csv, lalu pasar check dan pasar build (di {0})",
        "next: pasar build":
            "berikutnya: pasar build",
        "next: pasar check, then pasar build":
            "berikutnya: pasar check, lalu pasar build",
        "next: write the announcement in the document, then pasar check":
            "berikutnya: tulis pengumuman di dokumen itu, lalu pasar check",
        "no \"{0}\" to change":
            "tidak ada \"{0}\" yang dapat diubah",
        "no front matter":
            "tidak ada front matter",
        "no frozen edition yet: citations point at live pages whose figures change at every build":
            "belum ada edisi beku: kutipan menunjuk halaman yang angkanya berubah pada setiap build",
        "no last_reviewed date":
            "tidak ada tanggal last_reviewed",
        "no warnings from pasar check (it also searches for duplicate records)":
            "tidak ada peringatan dari pasar check (pasar check juga mencari catatan ganda)",
        "not a readable edition file: {0}":
            "bukan berkas edisi yang dapat dibaca: {0}",
        "not an ISO 8601 date and time (expected e.g. 2025-03-04T09:30:00+07:00)":
            "bukan tanggal dan waktu ISO 8601 (mis. 2025-03-04T09:30:00+07:00)",
        "not an SQLite database":
            "bukan basis data SQLite",
        "only the oldest version may leave out effective; give each other version its own first day":
            "hanya versi tertua yang boleh tanpa effective; beri setiap versi lain hari mulainya sendiri",
        "page values {0} clash with layout values in template {1}":
            "nilai halaman {0} bertabrakan dengan nilai tata letak di templat {1}",
        "pasar build failed on the benchmark site ({0})":
            "pasar build gagal pada situs bench ({0})",
        "pasar build: {0} pages, {1} files → {2}/":
            "pasar build: {0} halaman, {1} berkas → {2}/",
        "pasar build: {0}/ is up to date: nothing changed since the last build (as of {1}); nothing was written":
            "pasar build: {0}/ sudah mutakhir: tidak ada yang berubah sejak build terakhir (data per {1}); tidak ada yang ditulis",
        "pasar check: {0}":
            "pasar check: {0}",
        "pasar demo: wrote {0}: {1} markets, {2} complaints (sample data, DATA CONTOH)":
            "pasar demo: menulis {0}: {1} pasar, {2} pengaduan (data rekaan, DATA CONTOH)",
        "pasar import: {0} → {1}, table {2} ({3})":
            "pasar import: {0} → {1}, tabel {2} ({3})",
        "  {0}, separated by \"{1}\"":
            "  {0}, dipisah \"{1}\"",
        "from --table":
            "dari --table",
        "from the headings: only this table's required columns are there":
            "dari judul kolom: hanya kolom wajib tabel ini yang ada",
        "from the headings: {0}":
            "dari judul kolom: {0}",
        "from the file name":
            "dari nama berkas",
        "from the file name and the headings: {0}":
            "dari nama berkas dan judul kolom: {0}",
        "the file looks like one for the {0} table ({1}), but it has no column for {2}":
            "berkas ini tampaknya untuk tabel {0} ({1}), tetapi tidak punya kolom untuk {2}",
        "the file fits more than one table: {0} ({1}); nothing was imported":
            "berkas ini cocok untuk lebih dari satu tabel: {0} ({1}); tidak ada yang diimpor",
        "its headings have the required columns of each and nothing else tells them apart":
            "judul kolomnya memuat kolom wajib masing-masing dan tidak ada yang membedakannya",
        "say which with {0}, or rename the file, e.g. {1}":
            "sebutkan tabelnya dengan {0}, atau ganti nama berkas, mis. {1}",
        "pasar init: wrote a new site in {0} ({1} files)":
            "pasar init: menulis situs baru di {0} ({1} berkas)",
        "pasar needs to write in the folder that holds the output folder":
            "pasar perlu menulis di folder yang memuat folder keluaran",
        "pasar new: wrote {0}":
            "pasar new: menulis {0}",
        "pasar release: froze {0} as of {1} into {2}":
            "pasar release: membekukan {0} per {1} ke {2}",
        "pasar release: {0}, the last complete month, is already frozen in {1}; nothing to do":
            "pasar release: {0}, bulan lengkap terakhir, sudah dibekukan di {1}; tidak ada yang perlu dilakukan",
        "pasar serve: http://127.0.0.1:{0}/ (Ctrl-C stops it); watching content/, themes/ and the database":
            "pasar serve: http://127.0.0.1:{0}/ (Ctrl-C untuk berhenti); mengawasi content/, themes/ dan basis data",
        "pasar uses this name for its staging folder; move or rename that folder":
            "pasar memakai nama ini untuk folder sementaranya; pindahkan atau ganti nama folder itu",
        "pass --as-of 2026-06-30 (end of that day, WIB) or a full time such as 2026-06-30T12:00:00+07:00":
            "berikan --as-of 2026-06-30 (akhir hari itu, WIB) atau waktu lengkap seperti 2026-06-30T12:00:00+07:00",
        "period is empty":
            "period kosong",
        "port {0} is already in use":
            "port {0} sudah dipakai",
        "possible duplicate of {0}: same market, category, time received and summary":
            "mungkin ganda dengan {0}: pasar, kategori, waktu diterima dan ringkasan sama",
        "ranking.min_decided must be at least 1":
            "ranking.min_decided paling sedikit 1",
        "received_at is empty":
            "received_at kosong",
        "recurring_problems.{0} must be from {1} to {2}, found {3}":
            "recurring_problems.{0} harus dari {1} sampai {2}, ditemukan {3}",
        "rename the file: {0}":
            "ganti nama berkas: {0}",
        "rename the file; reserved: {0}":
            "ganti nama berkas; nama yang dipakai portal: {0}",
        "resolved_at is earlier than received_at":
            "resolved_at lebih awal daripada received_at",
        "resolved_at is set but the status is still open":
            "resolved_at terisi tetapi statusnya masih terbuka",
        "response_standard needs at least one version":
            "response_standard memerlukan sedikitnya satu versi",
        "restore it from version control, or freeze the month again with pasar release {0} --force":
            "pulihkan dari repositori, atau bekukan lagi bulannya dengan pasar release {0} --force",
        "review the standard with traders and update last_reviewed":
            "tinjau standar bersama pedagang dan perbarui last_reviewed",
        "run `pasar demo` to create the sample database, or pass --db PATH / set database: in content/site.yml":
            "jalankan `pasar demo` untuk membuat basis data contoh, atau berikan --db JALUR / isi database: di content/site.yml",
        "save it as UTF-8":
            "simpan sebagai UTF-8",
        "save it from the spreadsheet as CSV (comma or semicolon separated)":
            "simpan dari spreadsheet sebagai CSV (dipisah koma atau titik koma)",
        "say why {0} does not apply":
            "sebutkan mengapa {0} tidak berlaku",
        "see docs/database.md":
            "lihat docs/database.md",
        "see docs/database.md for the expected columns":
            "lihat docs/database.md untuk kolom yang diharapkan",
        "see docs/database.md for the expected tables":
            "lihat docs/database.md untuk tabel yang diharapkan",
        "see docs/database.md for the survey table, or drop the table if there is no survey":
            "lihat docs/database.md untuk tabel survei, atau hapus tabelnya bila tidak ada survei",
        "set holidays: in content/site.yml":
            "isi holidays: di content/site.yml",
        "set theme: in content/site.yml to a folder under themes/ (default: default)":
            "isi theme: di content/site.yml dengan nama folder di themes/ (bawaan: default)",
        "start the file with a '---' block holding at least {0}":
            "awali berkas dengan blok '---' yang sekurang-kurangnya berisi {0}",
        "start the file with a '---' block holding title":
            "awali berkas dengan blok '---' berisi title",
        "start the file with a '---' block holding title and response_standard":
            "awali berkas dengan blok '---' berisi title dan response_standard",
        "status \"{0}\" is not one of diterima, diverifikasi, diproses, selesai, ditolak":
            "status \"{0}\" bukan salah satu dari diterima, diverifikasi, diproses, selesai, ditolak",
        "status is selesai but resolved_at is empty":
            "status selesai tetapi resolved_at kosong",
        "template error: {0}":
            "kesalahan templat: {0}",
        "the CSV cannot be read after line {0}: {1}":
            "CSV tidak dapat dibaca sesudah baris {0}: {1}",
        "the activity ends ({0}) before it starts":
            "kegiatan berakhir ({0}) sebelum dimulai",
        "the complaint pass stopped":
            "pembacaan pengaduan terhenti",
        "the database has no complaint timestamps, so there is no as-of moment":
            "basis data tidak punya waktu pengaduan, jadi tidak ada waktu data",
        "the database has no table {0}":
            "basis data tidak punya tabel {0}",
        "the database is locked by another program that is writing to it (waited {0} s)":
            "basis data dikunci program lain yang sedang menulis (sudah menunggu {0} detik)",
        "the edition's checksum does not match its contents: it was changed by hand":
            "checksum edisi tidak cocok dengan isinya: berkas diubah dengan tangan",
        "the file already exists; nothing was written":
            "berkas sudah ada; tidak ada yang ditulis",
        "the file has no column for {0} (table {1})":
            "berkas tidak punya kolom untuk {0} (tabel {1})",
        "the file is empty":
            "berkas kosong",
        "the file is not UTF-8 text":
            "berkas bukan teks UTF-8",
        "the file says it is edition \"{0}\" in format \"{1}\"":
            "berkas menyatakan dirinya edisi \"{0}\" dalam format \"{1}\"",
        "the file was not made":
            "berkas tidak dibuat",
        "the key {0} appears twice":
            "kunci {0} muncul dua kali",
        "the latest timestamp in the database":
            "waktu terbaru di basis data",
        "the market's default {0} ({1}) replaces the regency's {2} limit ({3})":
            "default {0} pasar ({1}) menggantikan batas {2} kabupaten ({3})",
        "the newest frozen edition is {0}, more than six months before {1}, the last complete month":
            "edisi beku terbaru adalah {0}, lebih dari enam bulan sebelum {1}, bulan lengkap terakhir",
        "the oldest version of the regency standard takes effect {0}, but complaints go back to {1}; they are judged by that version":
            "versi tertua standar kabupaten berlaku sejak {0}, tetapi pengaduan sudah ada sejak {1}; pengaduan itu dinilai dengan versi tersebut",
        "the output folder was not made by pasar, so it will not be replaced":
            "folder keluaran bukan buatan pasar, jadi tidak akan diganti",
        "the output path is a file, not a folder":
            "jalur keluaran adalah berkas, bukan folder",
        "the page name \"{0}\" is used by the portal itself":
            "nama halaman \"{0}\" sudah dipakai portal sendiri",
        "the preview server stopped: {0}":
            "server pratinjau berhenti: {0}",
        "the previous site was restored":
            "situs sebelumnya sudah dikembalikan",
        "the regency-wide standard is missing":
            "standar kabupaten tidak ada",
        "the regency-wide standard needs a default with both respond and resolve":
            "standar kabupaten memerlukan default dengan respond dan resolve",
        "the standards that edition {0} was judged by have changed for the period it covers ({1}); its frozen figures stay, today's figures for that period differ":
            "standar yang dipakai menilai edisi {0} berubah untuk periode yang dicakupnya ({1}); angka bekunya tetap, angka hari ini untuk periode itu berbeda",
        "the title \"{0}\" names another market ({1}), not this one":
            "judul \"{0}\" menyebut pasar lain ({1}), bukan pasar ini",
        "the year {0} is outside {1}–{2}":
            "tahun {0} di luar {1}–{2}",
        "theme \"{0}\" has no strings for id or en":
            "tema \"{0}\" tidak punya teks untuk id atau en",
        "theme \"{0}\" has no strings for {1}":
            "tema \"{0}\" tidak punya teks untuk {1}",
        "theme \"{0}\" has no template {1}":
            "tema \"{0}\" tidak punya templat {1}",
        "theme \"{0}\" has none of the templates {1}":
            "tema \"{0}\" tidak punya satu pun templat {1}",
        "theme \"{0}\" is not a valid folder name":
            "tema \"{0}\" bukan nama folder yang sah",
        "theme \"{0}\" lacks the template{1} {2}":
            "tema \"{0}\" tidak punya templat {2}",
        "theme \"{0}\" not found":
            "tema \"{0}\" tidak ditemukan",
        "themes extend each other in a circle: {0}":
            "tema saling memperluas dalam lingkaran: {0}",
        "this document is an exact copy of {0}":
            "dokumen ini salinan persis {0}",
        "this file is not a sample database, so pasar demo will not replace it":
            "berkas ini bukan basis data contoh, jadi pasar demo tidak akan menimpanya",
        "this is not a Pasar Terbuka complaint database (no meta table)":
            "ini bukan basis data pengaduan Pasar Terbuka (tidak ada tabel meta)",
        "to change a limit from a day on, add a new version with effective: YYYY-MM-DD after {0} instead of editing the old one (see docs/content.md)":
            "untuk mengubah batas mulai suatu hari, tambahkan versi baru dengan effective: YYYY-MM-DD sesudah {0}, jangan mengubah versi lama (lihat docs/content.md)",
        "unknown category \"{0}\" in response_standard":
            "kategori \"{0}\" di response_standard tidak dikenal",
        "unknown command \"{0}\"":
            "perintah \"{0}\" tidak dikenal",
        "unknown component \"{0}\" in not_applicable":
            "komponen \"{0}\" di not_applicable tidak dikenal",
        "unknown key \"{0}\"; allowed keys: {1}":
            "kunci \"{0}\" tidak dikenal; kunci yang boleh: {1}",
        "unknown kind \"{0}\"":
            "jenis \"{0}\" tidak dikenal",
        "unknown schema version {0}; this pasar reads version {1}":
            "versi skema {0} tidak dikenal; pasar ini membaca versi {1}",
        "unknown unit \"{0}\"":
            "satuan \"{0}\" tidak dikenal",
        "until ({0}) is before date ({1})":
            "until ({0}) lebih awal daripada date ({1})",
        "use an id from the markets table":
            "pakai id dari tabel markets",
        "use an id from the markets table, or leave markets out for the whole regency":
            "pakai id dari tabel markets, atau hapus markets untuk seluruh kabupaten",
        "use lowercase letters a-z, digits and '-' (e.g. pasar-induk), at most {0} characters":
            "pakai huruf kecil a-z, angka dan '-' (mis. pasar-induk), paling banyak {0} karakter",
        "use one of {0}":
            "pakai salah satu dari {0}",
        "u{0} is empty or not a whole number":
            "u{0} kosong atau bukan bilangan bulat",
        "u{0} is {1}, outside 1–4":
            "u{0} bernilai {1}, di luar 1–4",
        "wait until the month is over, or pass --force to freeze it anyway":
            "tunggu sampai bulannya selesai, atau pakai --force untuk tetap membekukannya",
        "waiting for another pasar build of the same output folder to finish…":
            "menunggu pasar build lain pada folder keluaran yang sama selesai…",
        "was the file copied from {0}.md? adapt its title and text to {1}":
            "apakah berkas ini disalin dari {0}.md? sesuaikan judul dan isinya untuk {1}",
        "when the database was made (it holds no complaint yet)":
            "saat basis data dibuat (belum berisi pengaduan)",
        "write 09.00 or 09.00-12.00":
            "tulis 09.00 atau 09.00-12.00",
        "write a whole number and jam, hari or hari kerja, e.g. 5 hari kerja":
            "tulis bilangan bulat dan jam, hari atau hari kerja, mis. 5 hari kerja",
        "write it as YYYY-MM, e.g. pasar release 2026-10":
            "tulis sebagai YYYY-MM, mis. pasar release 2026-10",
        "write it as YYYY-MM-DD, e.g. 2026-12-03":
            "tulis sebagai YYYY-MM-DD, misalnya 2026-12-03",
        "write it, or leave the key out":
            "isilah, atau hapus kunci itu",
        "write the start time first, e.g. 09.00-12.00":
            "tulis jam mulai lebih dulu, misalnya 09.00-12.00",
        "{0} \"{1}\" is not a date":
            "{0} \"{1}\" bukan tanggal",
        "{0} \"{1}\" is not a valid ISO 8601 time with offset":
            "{0} \"{1}\" bukan waktu ISO 8601 yang sah dengan zona waktu",
        "{0} already holds a site ({1} exists); nothing was written":
            "{0} sudah berisi situs ({1} ada); tidak ada yang ditulis",
        "{0} complaint(s) need working days outside the holiday list ({1} to {2}); weekends only were skipped there":
            "{0} pengaduan memerlukan hari kerja di luar daftar hari libur ({1} sampai {2}); di sana hanya akhir pekan yang dilewati",
        "{0} has not ended in the data: they reach {1} ({2}), the month ends {3}":
            "{0} belum berakhir dalam data: data sampai {1} ({2}), bulannya berakhir {3}",
        "{0} id \"{1}\" cannot be used in a web address":
            "id {0} \"{1}\" tidak dapat dipakai dalam alamat web",
        "{0} invalid row(s), so nothing was imported; the database is as it was":
            "{0} baris tidak sah, jadi tidak ada yang diimpor; basis data tetap seperti semula",
        "{0} is already frozen":
            "{0} sudah dibekukan",
        "{0} is empty":
            "{0} kosong",
        "{0} is listed twice":
            "{0} tercantum dua kali",
        "{0} is outside the period in covers ({1} to {2})":
            "{0} di luar periode covers ({1} sampai {2})",
        "{0} rows; pasar publishes at most {1}":
            "{0} baris; pasar menerbitkan paling banyak {1}",
        "{0} warning(s) from pasar check; the most important (pasar check lists them all):":
            "{0} peringatan dari pasar check; yang terpenting (pasar check menampilkan semuanya):",
        "{0} {1}: {2} is longer than {3}, the 60 days Perpres 76/2013 allows for resolving a complaint":
            "{0} {1}: {2} lebih lama dari {3}, batas 60 hari Perpres 76/2013 untuk menyelesaikan pengaduan",
        "{0}: {1}":
            "{0}: {1}",
        "… and {0} more like this (pasar check --all lists every one)":
            "… dan {0} lagi yang sejenis (pasar check --all menampilkan semuanya)",
        "… {0} rows read":
            "… {0} baris sudah dibaca",
    ]
}
