"""The rules of League branch work: pure Python, no Qt, no SQL, no files."""
