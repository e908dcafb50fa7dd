all:
	@cd /; pwd
	@pwd | sed 's|.*/||'
