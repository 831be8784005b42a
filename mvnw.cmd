@REM ----------------------------------------------------------------------------
@REM mvnw.cmd - Maven wrapper for Windows cmd.exe (script only, no wrapper jar,
@REM no built-in download site). Same logic as ./mvnw, see its header.
@REM
@REM Reads mavenVersion and minimumMavenVersion from
@REM .mvn\wrapper\maven-wrapper.properties next to this script, then runs:
@REM   1. mvn on PATH, if "mvn --version" reports >= minimumMavenVersion
@REM      (numeric compare of major.minor.patch);
@REM   2. else %MAVEN_USER_HOME%\wrapper\dists\apache-maven-<v>\bin\mvn.cmd
@REM      (MAVEN_USER_HOME defaults to %USERPROFILE%\.m2);
@REM   3. else, if MVNW_REPOURL is set (base URL of a Maven repository that
@REM      mirrors Maven Central; there is no default), downloads with PowerShell
@REM        %MVNW_REPOURL%/org/apache/maven/apache-maven/<v>/apache-maven-<v>-bin.zip
@REM      verifies it against the .sha512 file next to it when one exists,
@REM      unpacks it into the directory of step 2 and runs it;
@REM   4. else prints what to do and exits with status 1.
@REM MVNW_VERBOSE=true prints which Maven was chosen. Arguments and Maven's exit
@REM status are passed through.
@REM ----------------------------------------------------------------------------
@echo off
setlocal EnableExtensions DisableDelayedExpansion

set "MVNW_BASEDIR=%~dp0"
if "%MVNW_BASEDIR:~-1%"=="\" set "MVNW_BASEDIR=%MVNW_BASEDIR:~0,-1%"
if defined MAVEN_BASEDIR set "MVNW_BASEDIR=%MAVEN_BASEDIR%"
set "MVNW_PROPERTIES=%MVNW_BASEDIR%\.mvn\wrapper\maven-wrapper.properties"
set "MVNW_ERR=cannot read %MVNW_PROPERTIES%"
if not exist "%MVNW_PROPERTIES%" goto die

set "MVNW_MAVEN_VERSION="
set "MVNW_MIN_VERSION="
for /f "usebackq eol=# tokens=1,2 delims==: " %%A in ("%MVNW_PROPERTIES%") do (
  if /i "%%A"=="mavenVersion" set "MVNW_MAVEN_VERSION=%%B"
  if /i "%%A"=="minimumMavenVersion" set "MVNW_MIN_VERSION=%%B"
)
set "MVNW_ERR=no mavenVersion in %MVNW_PROPERTIES%"
if not defined MVNW_MAVEN_VERSION goto die
if not defined MVNW_MIN_VERSION set "MVNW_MIN_VERSION=%MVNW_MAVEN_VERSION%"

if defined MAVEN_USER_HOME (
  set "MVNW_USER_HOME=%MAVEN_USER_HOME%"
) else (
  set "MVNW_USER_HOME=%USERPROFILE%\.m2"
)
set "MVNW_DIST_NAME=apache-maven-%MVNW_MAVEN_VERSION%"
set "MVNW_DISTS=%MVNW_USER_HOME%\wrapper\dists"
set "MVNW_DIST_HOME=%MVNW_DISTS%\%MVNW_DIST_NAME%"

@REM ---- 1. installed mvn on PATH ---------------------------------------------
set "MVNW_PATH_STATUS=not found on PATH"
set "MVNW_PATH_MVN="
for %%M in (mvn.cmd mvn.bat) do if not defined MVNW_PATH_MVN set "MVNW_PATH_MVN=%%~$PATH:M"
if not defined MVNW_PATH_MVN goto try_dist

set "MVNW_PATH_VERSION="
for /f "tokens=3" %%V in ('call "%MVNW_PATH_MVN%" -B --version 2^>nul ^| findstr /c:"Apache Maven"') do (
  if not defined MVNW_PATH_VERSION set "MVNW_PATH_VERSION=%%V"
)
if not defined MVNW_PATH_VERSION (
  set "MVNW_PATH_STATUS=%MVNW_PATH_MVN% did not report a Maven version"
  goto try_dist
)
call :version_ge "%MVNW_PATH_VERSION%" "%MVNW_MIN_VERSION%"
if "%MVNW_GE%"=="1" goto run_path_mvn
set "MVNW_PATH_STATUS=%MVNW_PATH_MVN% is Maven %MVNW_PATH_VERSION%, older than %MVNW_MIN_VERSION%"

@REM ---- 2. previously downloaded distribution --------------------------------
:try_dist
if /i "%MVNW_VERBOSE%"=="true" echo mvnw: installed Maven not usable: %MVNW_PATH_STATUS% 1>&2
if exist "%MVNW_DIST_HOME%\bin\mvn.cmd" goto run_dist

@REM ---- 3. download from MVNW_REPOURL ----------------------------------------
if not defined MVNW_REPOURL goto instructions
set "MVNW_DL_BASE=%MVNW_REPOURL%"
if "%MVNW_DL_BASE:~-1%"=="/" set "MVNW_DL_BASE=%MVNW_DL_BASE:~0,-1%"
set "MVNW_DL_URL=%MVNW_DL_BASE%/org/apache/maven/apache-maven/%MVNW_MAVEN_VERSION%/%MVNW_DIST_NAME%-bin.zip"
set "MVNW_DL_TMP=%MVNW_DISTS%\.%MVNW_DIST_NAME%.tmp.%RANDOM%%RANDOM%"
set "MVNW_DL_TARGET=%MVNW_DIST_HOME%"
set "MVNW_DL_NAME=%MVNW_DIST_NAME%"
echo mvnw: downloading Maven %MVNW_MAVEN_VERSION% from %MVNW_DL_URL% 1>&2

@REM PowerShell reads its inputs from the MVNW_DL_* environment variables.
set "MVNW_PS=$ErrorActionPreference='Stop'; $ProgressPreference='SilentlyContinue';"
set "MVNW_PS=%MVNW_PS% [Net.ServicePointManager]::SecurityProtocol=[Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12;"
set "MVNW_PS=%MVNW_PS% $u=$env:MVNW_DL_URL; $t=$env:MVNW_DL_TMP; $n=$env:MVNW_DL_NAME; $d=$env:MVNW_DL_TARGET;"
set "MVNW_PS=%MVNW_PS% New-Item -ItemType Directory -Force -Path $t | Out-Null; $z=Join-Path $t 'dist.zip';"
set "MVNW_PS=%MVNW_PS% $wc=New-Object Net.WebClient; $wc.UseDefaultCredentials=$true; $wc.DownloadFile($u,$z);"
set "MVNW_PS=%MVNW_PS% $s=$null; try { $s=$wc.DownloadString($u+'.sha512') } catch { Write-Warning ('mvnw: no checksum file at '+$u+'.sha512; download not verified') };"
set "MVNW_PS=%MVNW_PS% if ($s) { $e=[regex]::Match($s,'[0-9A-Fa-f]{128}').Value; if (-not $e) { throw ('malformed checksum file: '+$u+'.sha512') };"
set "MVNW_PS=%MVNW_PS% $a=(Get-FileHash -Algorithm SHA512 -Path $z).Hash; if ($a -ne $e) { throw ('SHA-512 mismatch for '+$u) } };"
set "MVNW_PS=%MVNW_PS% $x=Join-Path $t 'x'; Expand-Archive -Path $z -DestinationPath $x;"
set "MVNW_PS=%MVNW_PS% $src=Join-Path $x $n; if (-not (Test-Path (Join-Path $src 'bin\mvn.cmd'))) { throw ($u+' does not contain '+$n+'\bin\mvn.cmd') };"
set "MVNW_PS=%MVNW_PS% if (-not (Test-Path (Join-Path $d 'bin\mvn.cmd'))) { if (Test-Path $d) { Remove-Item -Recurse -Force $d }; Move-Item -Path $src -Destination $d }"

powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command "%MVNW_PS%"
set "MVNW_DL_RC=%ERRORLEVEL%"
if exist "%MVNW_DL_TMP%" rmdir /s /q "%MVNW_DL_TMP%"
set "MVNW_ERR=could not download and unpack %MVNW_DL_URL% (check MVNW_REPOURL)"
if not "%MVNW_DL_RC%"=="0" goto die
set "MVNW_ERR=%MVNW_DIST_HOME%\bin\mvn.cmd is missing after unpacking"
if not exist "%MVNW_DIST_HOME%\bin\mvn.cmd" goto die

:run_dist
if /i "%MVNW_VERBOSE%"=="true" echo mvnw: using downloaded Maven %MVNW_MAVEN_VERSION%: %MVNW_DIST_HOME%\bin\mvn.cmd 1>&2
call "%MVNW_DIST_HOME%\bin\mvn.cmd" %*
exit /b %ERRORLEVEL%

:run_path_mvn
if /i "%MVNW_VERBOSE%"=="true" echo mvnw: using installed Maven %MVNW_PATH_VERSION%: %MVNW_PATH_MVN% 1>&2
call "%MVNW_PATH_MVN%" %*
exit /b %ERRORLEVEL%

@REM ---- 4. nothing usable: tell the user what to do --------------------------
:instructions
>&2 echo mvnw: no usable Maven found.
>&2 echo   installed 'mvn': %MVNW_PATH_STATUS%
>&2 echo   downloaded copy: %MVNW_DIST_HOME% does not exist
>&2 echo   MVNW_REPOURL:    not set, so Maven cannot be downloaded
>&2 echo.
>&2 echo Do one of the following, then run mvnw.cmd again:
>&2 echo   1. Install Apache Maven %MVNW_MIN_VERSION% or newer and put its bin directory on PATH,
>&2 echo      e.g. 'scoop install maven' or 'choco install maven', or unpack a binary
>&2 echo      archive from the download page of the Apache Maven project.
>&2 echo   2. Set MVNW_REPOURL to the base URL of a Maven repository that mirrors
>&2 echo      Maven Central (e.g. your organisation's repository manager):
>&2 echo        set MVNW_REPOURL=https://^<your-repository-host^>/^<path-to-maven-central-mirror^>
>&2 echo      mvnw.cmd then downloads Maven %MVNW_MAVEN_VERSION% from
>&2 echo        %%MVNW_REPOURL%%/org/apache/maven/apache-maven/%MVNW_MAVEN_VERSION%/%MVNW_DIST_NAME%-bin.zip
>&2 echo      into %MVNW_DISTS%\.
exit /b 1

:die
>&2 echo mvnw: error: %MVNW_ERR%
exit /b 1

@REM ---- helpers ---------------------------------------------------------------
@REM :version_ge A B  sets MVNW_GE=1 if version A >= version B, else MVNW_GE=0.
@REM Compares the first three numeric components; a "-qualifier" is ignored.
:version_ge
setlocal
set "a1=0" & set "a2=0" & set "a3=0" & set "b1=0" & set "b2=0" & set "b3=0"
for /f "tokens=1-3 delims=.-" %%a in ("%~1") do (
  if not "%%a"=="" set "a1=%%a"
  if not "%%b"=="" set "a2=%%b"
  if not "%%c"=="" set "a3=%%c"
)
for /f "tokens=1-3 delims=.-" %%a in ("%~2") do (
  if not "%%a"=="" set "b1=%%a"
  if not "%%b"=="" set "b2=%%b"
  if not "%%c"=="" set "b3=%%c"
)
set "r=1"
if %a1% LSS %b1% set "r=0"
if %a1% EQU %b1% if %a2% LSS %b2% set "r=0"
if %a1% EQU %b1% if %a2% EQU %b2% if %a3% LSS %b3% set "r=0"
endlocal & set "MVNW_GE=%r%"
exit /b 0
