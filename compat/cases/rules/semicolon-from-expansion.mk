# A `;` that comes from an expansion cuts the line there; what precedes it decides: nothing at
# all (or only blanks) and the line is ignored, whatever follows the `;`.
SEMI := ;
RULE := a: ; @echo recipe of $$@
$(SEMI)
$(SEMI) $(SEMI)
$(SEMI) anything: at all
  $(SEMI)x:y
$(foreach v,x,;) z
$(RULE) and more words
all: a
