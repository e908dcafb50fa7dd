.EXPORT_ALL_VARIABLES:
A = 1
B = $(A)2
all:
	@echo $$A $$B
