INSERT INTO categories (id, name, sort_order) VALUES ('parkir', 'Parkir lagi', 9);
