# Text after endif draws "extraneous text after 'endif' directive" and is otherwise ignored.
ifdef x
endif junk
all: ; @echo ok
