-- The mini site's database: StatisticsTests' hand-worked market A (A1–A11) plus market B.
-- Expected figures as of 2025-12-31T12:00:00+07:00 are in mini-site-markets.csv, worked out by hand.
INSERT INTO markets (id, name, district, address) VALUES
  ('pasar-a', 'Pasar A', 'Kota Uji', 'Jl. Satu'),
  ('pasar-b', 'Pasar B', 'Kota Uji', 'Jl. Dua');
INSERT INTO categories (id, name, sort_order) VALUES
  ('fasilitas', 'Fasilitas', 1), ('keamanan', 'Keamanan', 2), ('kebersihan', 'Kebersihan', 3), ('parkir', 'Parkir', 4),
  ('retribusi', 'Retribusi', 5), ('kenyamanan', 'Kenyamanan', 6), ('lainnya', 'Lainnya', 7);
INSERT INTO complaints (id, market_id, category_id, channel, received_at, first_response_at, resolved_at, status,
                        public_summary, reporter_name, reporter_phone, reporter_contact, confidentiality) VALUES
  ('A1',  'pasar-a', 'kebersihan', 'langsung', '2025-12-24T10:00:00+07:00', '2025-12-24T12:00:00+07:00', '2025-12-30T15:00:00+07:00', 'selesai',      'Sampah menumpuk.', 'CANARY Siti Rahayu', '081299990001', 'canary1@example.org', 'biasa'),
  ('A2',  'pasar-a', 'kebersihan', 'telepon',  '2025-12-22T09:00:00+07:00', '2025-12-22T10:30:00+07:00', '2025-12-29T09:00:00+07:00', 'selesai',      'Got mampet.',      'CANARY Budi Santoso', '081299990002', 'canary2@example.org', 'biasa'),
  ('A3',  'pasar-a', 'kebersihan', 'whatsapp', '2025-12-29T08:00:00+07:00', NULL, NULL,                                             'diproses',     'Bau busuk.',       'CANARY Dewi Lestari', '081299990003', '3201010101010003', 'biasa'),
  ('A4',  'pasar-a', 'kebersihan', 'langsung', '2025-12-26T11:00:00+07:00', NULL, NULL,                                             'diverifikasi', 'Lalat banyak.',    'CANARY Agus Saputra', '081299990004', 'canary4@example.org', 'anonim'),
  ('A5',  'pasar-a', 'kebersihan', 'surat',    '2025-12-23T14:00:00+07:00', NULL, '2025-12-23T16:00:00+07:00',                      'ditolak',      'Ganda.',           'CANARY Rina Wati', '081299990005', 'canary5@example.org', 'biasa'),
  ('A6',  'pasar-a', 'kebersihan', 'langsung', '2025-12-24T08:00:00+07:00', NULL, '2025-12-24T07:00:00+07:00',                      'selesai',      'Salah catat.',     'CANARY Joko Susilo', '081299990006', 'canary6@example.org', 'biasa'),
  ('A7',  'pasar-a', 'kebersihan', 'telepon',  '2025-12-20T09:00:00+07:00', NULL, '2025-12-22T17:00:00+07:00',                      'selesai',      'Genangan.',        'CANARY Sri Mulyani', '081299990007', 'canary7@example.org', 'biasa'),
  ('A8',  'pasar-a', 'kebersihan', 'whatsapp', '2025-12-30T10:00:00+07:00', NULL, NULL,                                             'diterima',     'TPS penuh.',       'CANARY Yanti Putri', '081299990008', 'canary8@example.org', 'biasa'),
  ('A9',  'pasar-a', 'kebersihan', 'whatsapp', '2026-01-02T09:00:00+07:00', NULL, NULL,                                             'diterima',     'Setelah as-of.',   'CANARY Hendra Gunawan', '081299990009', 'canary9@example.org', 'biasa'),
  ('A10', 'pasar-a', 'kebersihan', 'langsung', '2025-12-15T09:00:00+07:00', NULL, NULL,                                             'selesai',      'Tanpa waktu.',     'CANARY Nur Aini', '081299990010', 'canary10@example.org', 'biasa'),
  ('A11', 'pasar-a', 'kebersihan', 'langsung', '2025-12-31T09:00:00+07:00', NULL, '2026-01-05T10:00:00+07:00',                      'selesai',      'Selesai kemudian.', 'CANARY Asep Sunandar', '081299990011', 'canary11@example.org', 'biasa'),
  ('B1',  'pasar-b', 'parkir',     'langsung', '2025-12-29T09:00:00+07:00', NULL, '2025-12-30T09:00:00+07:00',                      'selesai',      'Tarif parkir.',    'CANARY Euis Kurnia', '081299990012', 'canary12@example.org', 'biasa'),
  ('B2',  'pasar-b', 'parkir',     'telepon',  '2025-12-10T09:00:00+07:00', NULL, NULL,                                             'diproses',     'Parkir liar.',     'CANARY Dedi Mulyadi', '081299990013', 'canary13@example.org', 'biasa'),
  ('B3',  'pasar-b', 'keamanan',   'surat',    '2025-12-01T08:00:00+07:00', NULL, '2025-12-02T10:00:00+07:00',                      'selesai',      'Rahasia.',         'CANARY Lina Marlina', '081299990014', 'canary14@example.org', 'rahasia');
