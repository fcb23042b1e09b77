"""Exporters: plain functions that write query results to xlsx, docx, csv and REFI-QDA."""
