; A stand-in for the two programs of the Windows bundle, for Linux CI only.
;
; A real Windows bundle cannot be built on Linux (PyInstaller does not cross-compile), so CI
; installs a small payload made by installer/standin.py instead. Its programs are this script,
; compiled: `werkplaats.exe self-test --resultaat PAD` writes "GESLAAGD: stand-in VERSION" to
; PAD, which shows that the installed program runs and which version was installed.
Unicode true
!ifdef TARGET
  Target ${TARGET}
!endif
Name "Werkplaats Desktop (stand-in ${VERSION})"
OutFile "${OUTFILE}"
RequestExecutionLevel user
SilentInstall silent
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Section
  ; everything after "--resultaat " is the path (GetOptions would cut it at a '-')
  ${GetParameters} $0
  StrLen $3 "--resultaat "
  StrCpy $4 0
  ${Do}
    StrCpy $5 $0 $3 $4
    ${If} $5 == ""
      Return
    ${EndIf}
    ${IfThen} $5 == "--resultaat " ${|} ${ExitDo} ${|}
    IntOp $4 $4 + 1
  ${Loop}
  IntOp $4 $4 + $3
  StrCpy $1 $0 "" $4
  StrCpy $5 $1 1
  ${If} $5 == '"'
    StrCpy $1 $1 -1 1
  ${EndIf}
  FileOpen $2 $1 w
  FileWrite $2 "GESLAAGD: stand-in ${VERSION}$\r$\n"
  FileClose $2
SectionEnd
