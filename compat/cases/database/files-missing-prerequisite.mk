#| args: -rR -p -q
#| normalise: database
# A prerequisite with no rule and no file: GNU stops, and still prints the data base.
all: nosuchfile
	@echo never
