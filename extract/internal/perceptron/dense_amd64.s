//go:build !purego

#include "textflag.h"

// func addRowsAVX2(acc *int32, rows *int16, offs *uint32, n, c0, c1 int)
TEXT ·addRowsAVX2(SB), NOSPLIT, $0-48
	MOVQ acc+0(FP), DI
	MOVQ rows+8(FP), SI
	MOVQ offs+16(FP), R8
	MOVQ n+24(FP), R9
	MOVQ c0+32(FP), R10
	MOVQ c1+40(FP), R11

chunk:
	CMPQ R10, R11
	JGE  done
	MOVQ R10, R12
	SHLQ $5, R12          // the chunk's bytes into a row: 32c
	XORQ BX, BX           // the next row

group:
	CMPQ BX, R9
	JGE  next
	VPXOR Y0, Y0, Y0
	MOVQ BX, CX
	ADDQ $16, CX
	CMPQ CX, R9
	CMOVQGT R9, CX        // the group ends at min(BX+16, n)

row:
	MOVL    (R8)(BX*4), AX
	LEAQ    (SI)(AX*2), DX
	VPADDW  (DX)(R12*1), Y0, Y0
	INCQ    BX
	CMPQ    BX, CX
	JLT     row

	// widen the group's sixteen sums to 32 bits and add them to acc
	VPMOVSXWD    X0, Y1
	VEXTRACTI128 $1, Y0, X2
	VPMOVSXWD    X2, Y2
	MOVQ         R10, AX
	SHLQ         $6, AX   // acc's bytes to the chunk: 64c
	VPADDD       (DI)(AX*1), Y1, Y1
	VMOVDQU      Y1, (DI)(AX*1)
	VPADDD       32(DI)(AX*1), Y2, Y2
	VMOVDQU      Y2, 32(DI)(AX*1)
	JMP          group

next:
	INCQ R10
	JMP  chunk

done:
	VZEROUPPER
	RET
