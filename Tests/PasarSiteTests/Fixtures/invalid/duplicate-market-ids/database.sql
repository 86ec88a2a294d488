INSERT INTO markets (id, name) VALUES ('pasar-a', 'Pasar A lagi');
