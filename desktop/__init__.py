"""The desk people see: the PySide6 application and the `frontdesk` command line."""
