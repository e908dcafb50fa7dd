all:
	@echo one \
	two \
	three
