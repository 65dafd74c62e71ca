"""`mentors import`: profiles from a spreadsheet's CSV export or another directory's data file.

Each format's reader (`spreadsheet`, `codingcoach`, `jekyll`) turns its file into rows of cells
named by profile field; `convert` turns one row into the profile's values, `profiles` writes and
checks the file with the same loader and checks as any profile, and `command` plans the files
and prints the report. Nothing here opens a network connection.
"""
