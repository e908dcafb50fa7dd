# Under .POSIX a backslash-newline in a variable line keeps the blanks before it and is a
# space of its own (consecutive ones give several); the next line's indentation goes.
.POSIX:
v = ab  \
c
w = d\
\
   e
all: ; @echo "[$(v)] [$(w)]"
