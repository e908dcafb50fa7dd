#| args: -rR -p -q -L -Otarget --no-print-directory -i -S
#| normalise: database
# More flags and how MAKEFLAGS and MFLAGS record them.
all: ; @:
