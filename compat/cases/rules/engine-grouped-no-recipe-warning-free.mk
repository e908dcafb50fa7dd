a b &: c
c:
	@echo c
