# Each recipe line runs in its own shell: cd does not carry over (manual 5.3).
all:
	@cd / && pwd
	@pwd | sed 's|.*/||'
