# "override export V" and "export override V" forms with a command-line value.
#| args: A=cli B=cli
override export A = file-a
export override B = file-b
all:
	@echo make A=$(A) B=$(B) env A=$$A B=$$B
