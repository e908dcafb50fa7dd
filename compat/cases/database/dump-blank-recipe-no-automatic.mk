#| args: -p
#| normalise: database
# A recipe of only blanks and `@ - +` prefixes is done without a job (GNU's
# execute_file_commands): the file's automatic variables are never set, so `-p` shows
# none for it; a recipe with text sets them.
all: x y ; @
x: ; -
y: ; @:
