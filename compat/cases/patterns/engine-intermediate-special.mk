#| setup: touch b.src
all: b.mid
	@echo all
b.mid: b.src
	cp $< $@
.INTERMEDIATE: b.mid
