.SILENT:
all:
	echo x
