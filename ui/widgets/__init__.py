"""Small widgets the pages share: pickers, viewers, meters, filters, icons, the clipboard guard."""
