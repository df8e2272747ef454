"""Printed documents (reportlab + qrcode, no Qt): rows in, PDF bytes out.

- `visitor_pass.render_pass`: a visitor pass (badge, 62 mm label or A4) with its signed QR code
- `move_in_pack.render_move_in_pack`: a new household's pack
- `emergency_report.render_emergency_report`: the emergencies of a period
- `renewal_letter.render_renewal_letter`: a contract's renewal notice

Texts per language live in resources/documents/, the font in resources/fonts/.
"""
