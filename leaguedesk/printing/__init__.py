"""PDF forms a branch prints (sign-in sheets, rosters), drawn with reportlab in a CJK font.

Qt-free: the window calls these from a background task and previews the finished file.
"""
