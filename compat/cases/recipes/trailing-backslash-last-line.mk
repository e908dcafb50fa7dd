# A backslash at the end of the last recipe line continues into the following (empty) line.
all:
	@echo one \

other: ; @echo other
