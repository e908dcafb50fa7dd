# @ suppresses echoing of one recipe line (manual 5.2).
all:
	echo echoed
	@echo silent
