# A recipe killed by a signal: make reports the signal name.
all:
	@kill -TERM $$$$
