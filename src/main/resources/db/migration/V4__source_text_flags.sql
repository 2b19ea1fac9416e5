-- What text hygiene did to (or suspected in) a source's text: comma-separated HygieneFlag names.
alter table source add column text_flags varchar(500);
