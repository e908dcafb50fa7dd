#| known-difference: under -k GNU prints "Nothing to be done" for a double-colon goal whose first entry succeeded though a later one failed (it looks at the first entry's status only); xmake prints only the errors
#| args: -k
all::
all:: b.c
