# A failing recipe reports "Error N" with the command's exit status, and make exits 2.
all:
	@exit 42
