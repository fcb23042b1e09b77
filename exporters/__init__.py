"""Exporters: plain functions that take query results and write xlsx, docx, csv, REFI-QDA and charts."""
