"""Resources shipped with the application: the data dictionary, translations and icons."""
