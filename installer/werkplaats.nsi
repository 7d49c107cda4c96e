; Werkplaats Desktop: the Windows installer, per user (no administrator rights needed).
;
; Compiled by installer/build_installer.py, which passes these defines:
;   VERSION      the program version (werkplaats_desktop.__version__, the only source)
;   VERSION_WIN  the same as four numbers (Windows wants that in the file properties)
;   PAYLOAD      the folder to install: dist\werkplaats-desktop from build.spec
;                (on Linux CI a small stand-in, see installer/standin.py)
;   OUTFILE      the installer to write
;   TARGET       optional: amd64-unicode (wine64 on Linux CI runs 64-bit programs only)
;
; Promises (README, "Building the Windows installer"):
; * installs in %LOCALAPPDATA%\Programs\Werkplaats Desktop; registered under HKCU in
;   Apps & features; a Start menu shortcut and, optionally, a desktop shortcut;
; * an upgrade first removes the old program files, then copies the new ones;
; * the user data folder (%LOCALAPPDATA%\werkplaats-desktop: databases, backups, logs) is
;   never touched, except by an uninstall where the user ticks its removal (or passes
;   /VERWIJDERGEGEVENS to a silent uninstall).

Unicode true
!ifdef TARGET
  Target ${TARGET}
!endif
!ifndef VERSION | VERSION_WIN | PAYLOAD | OUTFILE
  !error "Compile with installer/build_installer.py (it passes VERSION, VERSION_WIN, PAYLOAD, OUTFILE)."
!endif

!define APP_NAME "Werkplaats Desktop"
!define PUBLISHER "Werkplaatsen Sociaal Domein"
!define APP_EXE "werkplaats-desktop.exe"
!define CLI_EXE "werkplaats.exe"
!define UNINSTALL_EXE "uninstall.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\WerkplaatsDesktop"
; platformdirs' user data folder of the program (werkplaats_desktop/locations.py)
!define DATA_DIR "$LOCALAPPDATA\werkplaats-desktop"
; QSettings of the program (organisation\application, see werkplaats_desktop/__init__.py)
!define SETTINGS_KEY "Software\Werkplaatsen Sociaal Domein\Werkplaats Desktop"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
SetCompressor /SOLID lzma
ManifestDPIAware true
ShowInstDetails hide
ShowUninstDetails hide
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_WIN}"
VIFileVersion "${VERSION_WIN}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "Installatie van ${APP_NAME}"
VIAddVersionKey /LANG=0 "LegalCopyright" "EUPL-1.2"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

; --- pages ---------------------------------------------------------------------------------

!define MUI_ICON "${__FILEDIR__}\werkplaats.ico"
!define MUI_UNICON "${__FILEDIR__}\werkplaats.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default: Dutch, like the program.
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SecProgram ${LANG_DUTCH} "${APP_NAME} (programma)"
LangString SecProgram ${LANG_ENGLISH} "${APP_NAME} (program)"
LangString SecDesktop ${LANG_DUTCH} "Snelkoppeling op het bureaublad"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecUnProgram ${LANG_DUTCH} "${APP_NAME} (programma)"
LangString SecUnProgram ${LANG_ENGLISH} "${APP_NAME} (program)"
LangString SecUnData ${LANG_DUTCH} "Ook mijn gegevens verwijderen (databases, backups en instellingen in ${DATA_DIR})"
LangString SecUnData ${LANG_ENGLISH} "Also remove my data (databases, backups and settings in ${DATA_DIR})"
LangString InDataDir ${LANG_DUTCH} "Kies een andere map: in deze map bewaart ${APP_NAME} uw gegevens."
LangString InDataDir ${LANG_ENGLISH} "Please choose another folder: ${APP_NAME} keeps your data in this one."
LangString StillRunning ${LANG_DUTCH} "${APP_NAME} is nog geopend. Sluit het programma en klik op Opnieuw."
LangString StillRunning ${LANG_ENGLISH} "${APP_NAME} is still open. Close the program and click Retry."

; --- removing the program files (upgrade and uninstall) ------------------------------------

; The bundle has exactly these top-level entries (build.spec; checked by .ci/run): the two
; programs and _internal\ with everything else. Only these are removed, so that a folder the
; user chose that holds other files keeps them, and the data folder is never involved.
!macro RemoveProgramFiles DIR
  RMDir /r "${DIR}\_internal"
  Delete "${DIR}\${APP_EXE}"
  Delete "${DIR}\${CLI_EXE}"
  Delete "${DIR}\${UNINSTALL_EXE}"
!macroend

; A running program keeps its files locked on Windows: ask the user to close it first.
!macro WaitUntilClosed DIR
  ${If} ${FileExists} "${DIR}\${APP_EXE}"
    ${Do}
      ClearErrors
      FileOpen $0 "${DIR}\${APP_EXE}" a
      ${IfNot} ${Errors}
        FileClose $0
        ${ExitDo}
      ${EndIf}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY +2
      Abort
    ${Loop}
  ${EndIf}
!macroend

; --- installing ----------------------------------------------------------------------------

Section "!$(SecProgram)" SecProgram
  SectionIn RO
  ; An upgrade: take the old version's files away first (also from where it was installed
  ; before, if the user picked another folder this time).
  ReadRegStr $1 HKCU "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $1 != ""
  ${AndIf} $1 != $INSTDIR
  ${AndIf} ${FileExists} "$1\${APP_EXE}"
    !insertmacro WaitUntilClosed $1
    !insertmacro RemoveProgramFiles $1
    RMDir $1
  ${EndIf}
  !insertmacro WaitUntilClosed $INSTDIR
  !insertmacro RemoveProgramFiles $INSTDIR
  Delete "$DESKTOP\${APP_NAME}.lnk"  ; made again below if still wanted

  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\${UNINSTALL_EXE}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  ; Apps & features (per user)
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALL_EXE}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALL_EXE}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $2 $3
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"

  ; The program starts in the language chosen here, unless the user already chose one.
  ReadRegStr $0 HKCU "${SETTINGS_KEY}" "taal"
  ${If} $0 == ""
    ${If} $LANGUAGE == ${LANG_ENGLISH}
      WriteRegStr HKCU "${SETTINGS_KEY}" "taal" "en"
    ${Else}
      WriteRegStr HKCU "${SETTINGS_KEY}" "taal" "nl"
    ${EndIf}
  ${EndIf}
SectionEnd

Section "$(SecDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

; Never install into (or under) the user data folder: an upgrade would then remove data.
Function .onVerifyInstDir
  StrLen $0 "${DATA_DIR}"
  StrCpy $1 "$INSTDIR" $0
  ${If} $1 == "${DATA_DIR}"
    Abort "$(InDataDir)"
  ${EndIf}
FunctionEnd

; --- uninstalling --------------------------------------------------------------------------

Section "un.$(SecUnProgram)" SecUnProgram
  SectionIn RO
  !insertmacro WaitUntilClosed $INSTDIR
  !insertmacro RemoveProgramFiles $INSTDIR
  RMDir "$INSTDIR"  ; only when empty: files the user put there stay
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

; Not ticked by default: an uninstall keeps the user's data unless asked.
Section /o "un.$(SecUnData)" SecUnData
  RMDir /r "${DATA_DIR}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  ; silent uninstall that also removes the data: uninstall.exe /S /VERWIJDERGEGEVENS
  ${un.GetParameters} $0
  ClearErrors
  ${un.GetOptions} $0 "/VERWIJDERGEGEVENS" $1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecUnData}
  ${EndIf}
FunctionEnd
