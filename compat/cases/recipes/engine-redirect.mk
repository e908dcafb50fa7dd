all:
	@echo hi > out.txt
	@cat out.txt
