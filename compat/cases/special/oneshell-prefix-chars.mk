# With .ONESHELL, @ and - on the first line apply to the whole recipe; on later lines they are stripped.
.ONESHELL:
all:
	@echo one
	@echo two
	-echo three
