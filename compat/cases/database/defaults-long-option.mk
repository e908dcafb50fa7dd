#| args: --print-data-base --no-builtin-rules --question
#| normalise: database
# The long spelling, with a real makefile; the default variables stay (no -R).
all: ; @echo never
