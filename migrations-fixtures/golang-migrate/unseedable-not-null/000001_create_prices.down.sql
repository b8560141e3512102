DROP TABLE prices;
DROP TABLE currencies;
