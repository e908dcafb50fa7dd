all:
	cd /tmp
	@pwd | sed 's|.*/||'
