; Appeal Desk: per-user Windows installer (NSIS 3, built on Linux by `make windows-installer`).
;
; Defines given by packaging.mk:
;   VERSION   x.y.z                    EXE      the appealdesk .exe to install
;   ICON      .ico for the installer   STRINGS  LangStrings generated from locales/edition.*.toml
;                                      and the macro EDITION_UNINSTALL (packaging/edition)
;   EDITION   the build's assets/edition folder; with HAVE_ORG its organisation.toml
;             and template folders are installed beside the exe
;   OUTFILE   the setup .exe to write
;
; Installs for the current user only, into %LOCALAPPDATA%\Programs\Appeal Desk, so no
; administrator rights are needed; registers the uninstaller under HKCU so it shows in
; Settings > Apps (Add/Remove programs). An organisation.toml lying beside the setup
; .exe when it runs (e.g. on the NGO's USB stick) is copied beside the program too.

Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!ifndef VERSION
  !error "VERSION is not defined (use make windows-installer)"
!endif

!define APPNAME   "Appeal Desk"
!define EXENAME   "appealdesk.exe"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\AppealDesk"
!define PREFKEY   "Software\AppealDesk"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${PREFKEY}" "InstallDir"
Icon "${ICON}"
UninstallIcon "${ICON}"
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APPNAME} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "Appeal Desk contributors"

!include "MUI2.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXENAME}"

!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The interface languages of the program, in the order its switcher shows them.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "Serbian"
!insertmacro MUI_LANGUAGE "SerbianLatin"
!insertmacro MUI_RESERVEFILE_LANGDLL

!include "${STRINGS}"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "!$(S_SECTION_APP)" SecApp
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "/oname=${EXENAME}" "${EXE}"
!ifdef HAVE_ORG
  ; The organisation's edition, bundled at build time (also embedded in the exe;
  ; the copy beside it is the one an NGO can edit later).
  File /r /x README.md "${EDITION}\*.*"
!endif
  ; An organisation file beside the setup program wins over the bundled one.
  IfFileExists "$EXEDIR\organisation.toml" 0 +2
    CopyFiles /SILENT "$EXEDIR\organisation.toml" "$INSTDIR\organisation.toml"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${PREFKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "Appeal Desk"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${EXENAME},0"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  SectionGetSize ${SecApp} $0
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

Section "$(S_SECTION_STARTMENU)" SecStartMenu
  SetShellVarContext current
  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${EXENAME}" "" "$INSTDIR\${EXENAME}" 0
SectionEnd

; Off by default: a desktop icon tells anyone at the screen that the program is there.
Section /o "$(S_SECTION_DESKTOP)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXENAME}" "" "$INSTDIR\${EXENAME}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} $(S_DESC_APP)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecStartMenu} $(S_DESC_STARTMENU)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} $(S_DESC_DESKTOP)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; The person's cases and preferences live in their profile, not in $INSTDIR, and
; are left alone: uninstalling the program must never delete someone's appeal.
Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"
  Delete "$INSTDIR\${EXENAME}"
  !insertmacro EDITION_UNINSTALL
  Delete "$INSTDIR\organisation.toml"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "${PREFKEY}"
SectionEnd
