# -p after a reading error: the data base as far as it was read.
#| args: -p -r
#| normalise: database
X = 1
%.o: %.c ; cc -c $<
all: ; @echo
this is not a rule
