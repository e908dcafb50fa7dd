# .ONESHELL runs all recipe lines in one shell: cd and variables persist (manual 5.3.1).
.ONESHELL:
all:
	@x=kept
	echo x=$$x
	cd /
	pwd
