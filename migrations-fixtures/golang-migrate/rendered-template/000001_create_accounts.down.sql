DROP TABLE {{ .Schema }}.accounts;
