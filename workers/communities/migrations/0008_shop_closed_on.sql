-- A shop that closes down leaves the rota; it stays on file for the duty reports it served in.
ALTER TABLE `shop` ADD `closed_on` text;